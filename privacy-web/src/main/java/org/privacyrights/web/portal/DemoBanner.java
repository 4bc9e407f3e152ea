package org.privacyrights.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.privacyrights.demo.DemoMailbox;

/** Whether every page shows the demonstration banner: asked once, since the setting never changes while running. */
@Named
@ApplicationScoped
public class DemoBanner {

    @Inject
    private DemoMailbox mailbox;

    private volatile Boolean on;

    public boolean isOn() {
        if (on == null) {
            on = mailbox.isOn();
        }
        return on;
    }
}

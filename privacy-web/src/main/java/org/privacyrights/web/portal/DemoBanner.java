package org.privacyrights.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether every page says the installation is the demonstration ({@code privacy.demo.enabled=true}) and links to
 * the demo mailbox, which the quick start's demo WAR serves at {@code /demo/mailbox.xhtml}.
 */
@Named
@ApplicationScoped
public class DemoBanner {

    @Inject
    @ConfigProperty(name = "privacy.demo.enabled", defaultValue = "false")
    boolean on;

    public boolean isOn() {
        return on;
    }
}

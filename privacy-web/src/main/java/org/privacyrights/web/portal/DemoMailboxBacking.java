package org.privacyrights.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.privacyrights.demo.DemoMail;
import org.privacyrights.demo.DemoMailbox;

/** The quick start's mailbox page. */
@Named
@RequestScoped
public class DemoMailboxBacking {

    @Inject
    private DemoMailbox mailbox;

    private List<DemoMail> mails;

    public boolean isOn() {
        return mailbox.isOn();
    }

    public List<DemoMail> getMails() {
        if (mails == null) {
            mails = mailbox.isOn() ? mailbox.latest() : List.of();
        }
        return mails;
    }
}

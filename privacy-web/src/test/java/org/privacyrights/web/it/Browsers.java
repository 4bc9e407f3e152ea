package org.privacyrights.web.it;

import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of one browser test class, closed after its last test, and the deployment those classes share: the
 * platform connected to the mail system, whose mail to subjects the test SMTP server catches.
 */
final class Browsers implements AfterAllCallback {

    private final List<Browser> opened = new ArrayList<>();

    /** The platform as the browser tests deploy it; starts the SMTP server the codes and links are read from. */
    static WebArchive deployment() {
        MailServer.start();
        return ItDeployment.platform("mail", "java:app/privacy/contacts");
    }

    /** A new browser, closed with the others after the class's last test. */
    Browser open() {
        Browser browser = new Browser();
        opened.add(browser);
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        opened.forEach(Browser::close);
        opened.clear();
    }
}

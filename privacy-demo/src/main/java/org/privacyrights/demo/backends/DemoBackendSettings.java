package org.privacyrights.demo.backends;

import org.eclipse.microprofile.config.Config;

/**
 * Where the demo backends answer and with which logins: the very settings the platform's connectors are configured
 * with (config/micro/quickstart.properties), so that the two cannot disagree.
 */
record DemoBackendSettings(
        int imapPort,
        int smtpPort,
        String masterUser,
        String masterPassword,
        Login mailDirectory,
        Login helpdesk,
        int people) {

    /** A database the demo serves and the login its connector uses. */
    record Login(DemoDatabaseUrl url, String user, String password) {}

    static DemoBackendSettings from(Config config) {
        return new DemoBackendSettings(
                config.getValue("privacy.mail.port", Integer.class),
                config.getValue("privacy.smtp.port", Integer.class),
                config.getValue("privacy.mail.user", String.class),
                config.getValue("privacy.mail.password", String.class),
                login(config, "privacy.mail.directory.url", "privacy.mail.directory"),
                login(config, "privacy.helpdesk.jdbc-url", "privacy.helpdesk"),
                config.getOptionalValue("privacy.demo.people", Integer.class).orElse(48));
    }

    private static Login login(Config config, String urlSetting, String prefix) {
        return new Login(
                DemoDatabaseUrl.parse(urlSetting, config.getValue(urlSetting, String.class)),
                config.getValue(prefix + ".user", String.class),
                config.getValue(prefix + ".password", String.class));
    }
}

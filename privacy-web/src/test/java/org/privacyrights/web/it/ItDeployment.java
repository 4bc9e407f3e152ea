package org.privacyrights.web.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build made, as the in-container tests deploy it: the test's run-as principals and descriptors, the
 * application's connection factories plus one whose backend never answers, and the test helpers every class uses.
 */
final class ItDeployment {

    private ItDeployment() {}

    /**
     * The platform with its settings for one test class: which systems requests reach, and where the gateway finds
     * the contacts backend (a JNDI name; {@code java:app/privacy/unreachable} is a port where nothing listens).
     */
    static WebArchive platform(String connectedSystems, String contactsJndi, String... moreSettings) {
        return platform()
                .addAsResource(
                        new StringAsset("privacy.connected-systems=" + connectedSystems + "\n"
                                + "privacy.connectors.contacts.jndi=" + contactsJndi + "\n"
                                + String.join("\n", moreSettings) + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    private static WebArchive platform() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "privacy-web.war")
                .importFrom(new File(System.getProperty("privacy.war")))
                .as(WebArchive.class);
        war.delete("WEB-INF/glassfish-web.xml");
        war.delete("WEB-INF/glassfish-resources.xml");
        return war.addAsWebInfResource(new StringAsset(resourcesWithAnUnreachableBackend()), "glassfish-resources.xml")
                .addAsWebInfResource(new File("src/test/micro/glassfish-web.xml"), "glassfish-web.xml")
                .addAsWebInfResource(new File("src/test/micro/glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addClasses(
                        RunAsRole.class,
                        RunAsRole.Admin.class,
                        RunAsRole.Dpo.class,
                        RunAsRole.Agent.class,
                        RunAsRole.Auditor.class)
                // glassfish-ejb-jar.xml names the probe.
                .addClasses(ItHttp.class, MailCatcher.class, RollbackProbe.class)
                // The journeys' helpers that in-container test classes name in their signatures.
                .addClass(ExportArchive.class);
    }

    private static String resourcesWithAnUnreachableBackend() {
        try {
            String resources = Files.readString(Path.of("../config/micro/glassfish-resources.xml"));
            return resources.replace(
                    "</resources>",
                    """
                        <connector-connection-pool name="java:app/privacy-unreachable-pool"
                                                   resource-adapter-name="privacy-connectors"
                                                   connection-definition-name="org.privacyrights.connectors.api.dav.DavConnectionFactory"
                                                   steady-pool-size="0" max-pool-size="4">
                            <property name="systemName" value="unreachable"/>
                            <property name="baseUrl" value="http://127.0.0.1:9/"/>
                            <property name="user" value="nobody"/>
                            <property name="password" value="nothing"/>
                            <property name="connectTimeoutMillis" value="500"/>
                        </connector-connection-pool>
                        <connector-resource jndi-name="java:app/privacy/unreachable" pool-name="java:app/privacy-unreachable-pool"/>
                    </resources>
                    """);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

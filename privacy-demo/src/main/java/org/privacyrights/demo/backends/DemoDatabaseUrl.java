package org.privacyrights.demo.backends;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database the demo serves, read from the JDBC URL the platform's configuration gives its connector: H2's TCP
 * server on loopback with an in-memory database ({@code jdbc:h2:tcp://localhost:9092/mem:demo-helpdesk}).
 */
record DemoDatabaseUrl(int port, String name) {

    private static final Pattern SHAPE =
            Pattern.compile("jdbc:h2:tcp://(?:localhost|127\\.0\\.0\\.1):(\\d{1,5})/mem:([A-Za-z0-9_-]+)(?:;.*)?");

    static DemoDatabaseUrl parse(String setting, String url) {
        Matcher match = SHAPE.matcher(url == null ? "" : url.strip());
        if (!match.matches()) {
            throw new IllegalArgumentException(setting + " must name an in-memory H2 database on loopback for the"
                    + " demo to serve, like jdbc:h2:tcp://localhost:9092/mem:demo-helpdesk; it is '" + url + "'");
        }
        return new DemoDatabaseUrl(Integer.parseInt(match.group(1)), match.group(2));
    }

    /** The URL the connectors use, over TCP. */
    String tcpUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + name;
    }

    /** The URL that opens the same database inside this JVM, kept until the demo shuts it down. */
    String inProcessUrl() {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}

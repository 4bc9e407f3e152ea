package org.privacyrights.connectors.adapter;

import java.util.Locale;
import java.util.Properties;

/**
 * How long a connector's database connection waits: to connect (and log in), and for any answer once connected.
 * Without them a database that accepts the connection and then says nothing holds a work thread for ever.
 */
public record JdbcTimeouts(int connectSeconds, int socketSeconds) {

    public JdbcTimeouts {
        if (connectSeconds < 1 || socketSeconds < 1) {
            throw new IllegalArgumentException(
                    "JDBC timeouts must be at least one second, not " + connectSeconds + " and " + socketSeconds);
        }
    }

    /** Sets them under the names and in the units of the driver {@code url} is for; other drivers get none. */
    void applyTo(String url, Properties properties) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", String.valueOf(connectSeconds));
            properties.setProperty("loginTimeout", String.valueOf(connectSeconds));
            properties.setProperty("socketTimeout", String.valueOf(socketSeconds));
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            properties.setProperty("connectTimeout", String.valueOf(connectSeconds * 1000L));
            properties.setProperty("socketTimeout", String.valueOf(socketSeconds * 1000L));
        } else if (lower.startsWith("jdbc:h2:")) {
            // H2 connects within its JVM-wide h2.socketConnectTimeout (2 s unless set); this bounds every read.
            properties.setProperty("NETWORK_TIMEOUT", String.valueOf(socketSeconds * 1000L));
        }
    }
}

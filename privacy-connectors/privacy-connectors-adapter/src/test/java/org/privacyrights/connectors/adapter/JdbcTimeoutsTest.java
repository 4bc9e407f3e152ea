package org.privacyrights.connectors.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mariadb.jdbc.Configuration;
import org.postgresql.PGProperty;

/**
 * The help desk's and the mail directory's database connections give up on a database that does not answer: the
 * connect and socket timeouts reach each driver under its own names and in its own units.
 */
class JdbcTimeoutsTest {

    private static final JdbcTimeouts TIMEOUTS = new JdbcTimeouts(10, 60);

    @Test
    void postgresqlReadsSeconds() throws Exception {
        String url = "jdbc:postgresql://db.example:5432/helpdesk";
        Properties parsed = org.postgresql.Driver.parseURL(url, JdbcDrivers.login("privacy", "pw", url, TIMEOUTS));

        assertThat(PGProperty.CONNECT_TIMEOUT.getInt(parsed)).isEqualTo(10);
        assertThat(PGProperty.LOGIN_TIMEOUT.getInt(parsed)).isEqualTo(10);
        assertThat(PGProperty.SOCKET_TIMEOUT.getInt(parsed)).isEqualTo(60);
    }

    @Test
    void mariadbReadsMilliseconds() throws Exception {
        String url = "jdbc:mariadb://db.example:3306/helpdesk";
        Configuration parsed = Configuration.parse(url, JdbcDrivers.login("privacy", "pw", url, TIMEOUTS));

        assertThat(parsed.connectTimeout()).isEqualTo(10_000);
        assertThat(parsed.socketTimeout()).isEqualTo(60_000);
    }

    @Test
    void h2ReadsItsNetworkTimeoutInMilliseconds() {
        String url = "jdbc:h2:tcp://localhost:9092/mem:demo-helpdesk";

        assertThat(JdbcDrivers.login("privacy", "pw", url, TIMEOUTS)).containsEntry("NETWORK_TIMEOUT", "60000");
    }

    /** A server that takes the connection and never says a word: each driver gives up after its timeouts. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:postgresql://127.0.0.1:%d/helpdesk",
                "jdbc:mariadb://127.0.0.1:%d/helpdesk",
                "jdbc:h2:tcp://127.0.0.1:%d/mem:helpdesk"
            })
    void aSilentDatabaseIsGivenUpOn(String pattern) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = pattern.formatted(silent.getLocalPort());
            Properties login = JdbcDrivers.login("privacy", "pw", url, new JdbcTimeouts(1, 1));

            assertTimeoutPreemptively(Duration.ofSeconds(8), () -> assertThatThrownBy(
                            () -> JdbcDrivers.connect(url, login).close())
                    .isInstanceOf(SQLException.class));
        }
    }
}

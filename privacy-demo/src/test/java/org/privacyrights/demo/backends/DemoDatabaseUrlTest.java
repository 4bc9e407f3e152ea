package org.privacyrights.demo.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoDatabaseUrlTest {

    @Test
    void anInMemoryDatabaseOnLoopbackIsServed() {
        DemoDatabaseUrl url = DemoDatabaseUrl.parse("setting", "jdbc:h2:tcp://localhost:9092/mem:demo-helpdesk");

        assertThat(url.port()).isEqualTo(9092);
        assertThat(url.name()).isEqualTo("demo-helpdesk");
        assertThat(url.inProcessUrl()).isEqualTo("jdbc:h2:mem:demo-helpdesk;DB_CLOSE_DELAY=-1");
        assertThat(url.tcpUrl()).isEqualTo("jdbc:h2:tcp://127.0.0.1:9092/mem:demo-helpdesk");
    }

    @Test
    void anythingElseIsRefusedNamingTheSetting() {
        for (String url : new String[] {
            "jdbc:postgresql://127.0.0.1:5432/privacy_helpdesk",
            "jdbc:h2:tcp://db.example.org:9092/mem:demo",
            "jdbc:h2:tcp://localhost:9092/./helpdesk",
            null
        }) {
            assertThatThrownBy(() -> DemoDatabaseUrl.parse("privacy.helpdesk.jdbc-url", url))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("privacy.helpdesk.jdbc-url");
        }
    }
}

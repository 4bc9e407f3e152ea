package org.privacyrights.connectors.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.security.PasswordCredential;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

class MailManagedConnectionTest {

    private final MailManagedConnectionFactory factory = factory("mail", "imap.example.org");

    @Test
    void closingAHandleFiresConnectionClosedWithThatHandle() throws Exception {
        MailManagedConnection managed = unconnected(factory);
        List<ConnectionEvent> events = recordEvents(managed);

        MailConnectionImpl handle = (MailConnectionImpl) managed.getConnection(null, null);
        handle.close();
        handle.close();

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getId()).isEqualTo(ConnectionEvent.CONNECTION_CLOSED);
        assertThat(events.get(0).getConnectionHandle()).isSameAs(handle);
    }

    @Test
    void aClosedOrCleanedUpHandleRefusesWork() throws Exception {
        MailManagedConnection managed = unconnected(factory);
        MailConnectionImpl closed = (MailConnectionImpl) managed.getConnection(null, null);
        closed.close();
        MailConnectionImpl cleaned = (MailConnectionImpl) managed.getConnection(null, null);
        managed.cleanup();

        assertThatThrownBy(closed::checkHealth).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(cleaned::systemName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBrokenConnectionIsNeitherMatchedNorValid() throws Exception {
        MailManagedConnection managed = unconnected(factory);
        assertThat(factory.matchManagedConnections(Set.of(managed), null, null)).isSameAs(managed);

        managed.connectionFailed(new java.io.IOException("connection reset"));

        assertThat(factory.matchManagedConnections(Set.of(managed), null, null)).isNull();
        assertThat(factory.getInvalidConnections(Set.of(managed))).containsExactly(managed);
    }

    @Test
    void connectionsAreOnlySharedBetweenEqualCredentials() throws Exception {
        MailManagedConnection managed = unconnected(factory);
        Subject other = new Subject();
        PasswordCredential credential = new PasswordCredential("someone-else", "pw".toCharArray());
        credential.setManagedConnectionFactory(factory);
        other.getPrivateCredentials().add(credential);

        assertThat(factory.matchManagedConnections(Set.of(managed), other, null))
                .isNull();
    }

    @Test
    void aHealthCheckWithoutAReachableBackendReportsDownAndSignalsTheError() throws Exception {
        MailManagedConnection managed = unconnected(factory);
        List<ConnectionEvent> events = recordEvents(managed);

        var report = ((MailConnectionImpl) managed.getConnection(null, null)).checkHealth();

        assertThat(report.up()).isFalse();
        assertThat(report.system()).isEqualTo("mail");
        assertThat(events)
                .extracting(ConnectionEvent::getId)
                .containsExactly(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
    }

    @Test
    void containerManagedSignOnReplacesTheConfiguredLogin() {
        Subject subject = new Subject();
        subject.getPrivateCredentials().add(new PasswordCredential("dpo*master", "secret".toCharArray()));
        ((PasswordCredential) subject.getPrivateCredentials().iterator().next()).setManagedConnectionFactory(factory);

        assertThat(factory.credentialsFor(subject)).isEqualTo(new MailCredentials("dpo*master", "secret"));
        assertThat(factory.credentialsFor(null)).isEqualTo(new MailCredentials("admin", "pw"));
    }

    @Test
    void factoriesWithDifferentTargetsAreNotEqual() {
        assertThat(factory).isEqualTo(factory("mail", "imap.example.org"));
        assertThat(factory).isNotEqualTo(factory("mail", "other.example.org"));
    }

    @Test
    void aMissingHostIsRejectedBeforeConnecting() {
        MailManagedConnectionFactory broken = factory("mail", " ");
        assertThatThrownBy(broken::settings)
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("host is not set");
    }

    private static MailManagedConnectionFactory factory(String system, String host) {
        MailManagedConnectionFactory factory = new MailManagedConnectionFactory();
        factory.setSystemName(system);
        factory.setHost(host);
        factory.setPort(993);
        factory.setUser("admin");
        factory.setPassword("pw");
        return factory;
    }

    private static MailManagedConnection unconnected(MailManagedConnectionFactory factory) throws Exception {
        return new MailManagedConnection(factory, factory.settings(), factory.credentialsFor(null));
    }

    private static List<ConnectionEvent> recordEvents(MailManagedConnection managed) {
        List<ConnectionEvent> events = new ArrayList<>();
        managed.addConnectionEventListener(new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void localTransactionStarted(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void localTransactionCommitted(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void localTransactionRolledback(ConnectionEvent event) {
                events.add(event);
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
                events.add(event);
            }
        });
        return events;
    }
}

package org.privacyrights.connector.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.connectors.api.PrivacyConnection;
import org.privacyrights.connectors.api.PrivacyConnectionFactory;

/**
 * Calls the connected systems, one method per backend so that each has its own circuit breaker: a transient
 * failure is retried with backoff and jitter, a refusal is not, and after repeated failures the backend's circuit
 * opens and calls fail fast until it had time to recover. Limits are MicroProfile Fault Tolerance settings and can
 * be changed per installation, e.g.
 * {@code org.privacyrights.connector.application.ConnectorGateway/mail/Retry/maxRetries=5}.
 */
@ApplicationScoped
public class ConnectorGateway {

    @Inject
    @ConfigProperty(name = "privacy.connectors.mail.jndi", defaultValue = "java:app/privacy/mail")
    String mailName;

    @Inject
    @ConfigProperty(name = "privacy.connectors.helpdesk.jndi", defaultValue = "java:app/privacy/helpdesk")
    String helpdeskName;

    @Inject
    @ConfigProperty(name = "privacy.connectors.contacts.jndi", defaultValue = "java:app/privacy/contacts")
    String contactsName;

    @Timeout(value = 10, unit = ChronoUnit.MINUTES)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = BackendUnavailableException.class,
            abortOn = BackendRefusedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = BackendUnavailableException.class,
            skipOn = BackendRefusedException.class)
    public <T> T mail(ConnectorCall<T> operation) {
        return call(mailName, operation);
    }

    @Timeout(value = 10, unit = ChronoUnit.MINUTES)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = BackendUnavailableException.class,
            abortOn = BackendRefusedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = BackendUnavailableException.class,
            skipOn = BackendRefusedException.class)
    public <T> T helpdesk(ConnectorCall<T> operation) {
        return call(helpdeskName, operation);
    }

    @Timeout(value = 10, unit = ChronoUnit.MINUTES)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = BackendUnavailableException.class,
            abortOn = BackendRefusedException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            failOn = BackendUnavailableException.class,
            skipOn = BackendRefusedException.class)
    public <T> T contacts(ConnectorCall<T> operation) {
        return call(contactsName, operation);
    }

    /**
     * Asks a connected system, by its configured name, whether it answers: no retries and no circuit breaker, so
     * the answer is the backend's state now. A system without a bound connector is reported down, not thrown.
     */
    public HealthReport health(String system) {
        String jndiName =
                switch (system) {
                    case "mail" -> mailName;
                    case "helpdesk" -> helpdeskName;
                    case "contacts" -> contactsName;
                    default -> null;
                };
        if (jndiName == null) {
            return new HealthReport(system, false, "not mail, helpdesk or contacts", Duration.ZERO);
        }
        try (PrivacyConnection connection = lookup(jndiName).getConnection()) {
            return connection.checkHealth();
        } catch (ConnectorException | RuntimeException e) {
            return new HealthReport(system, false, String.valueOf(e.getMessage()), Duration.ZERO);
        }
    }

    /** One connection per call, closed whatever happens; a connector's error says whether it may pass. */
    private static <T> T call(String jndiName, ConnectorCall<T> operation) {
        PrivacyConnectionFactory factory = lookup(jndiName);
        try (PrivacyConnection connection = factory.getConnection()) {
            return operation.apply(connection);
        } catch (ConnectorException e) {
            throw e.isTransient() ? new BackendUnavailableException(e) : new BackendRefusedException(e);
        }
    }

    private static PrivacyConnectionFactory lookup(String jndiName) {
        try {
            return (PrivacyConnectionFactory) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No connector is bound at " + jndiName + ": check config/", e);
        }
    }
}

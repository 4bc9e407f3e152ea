package org.privacyrights.staff.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.staff.domain.StaffRepository;
import org.privacyrights.staff.domain.StaffUser;
import org.privacyrights.verification.application.RateLimitedException;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.domain.RateLimit;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * What happens when sign-in attempts were refused: the lockout of a staff account is audited and its user mailed
 * (once an hour however many attempts follow, so the mails can't be used to flood them); a refused address is
 * audited by a keyed hash, never the address itself. Unknown user names leave no trace beyond the count.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInLockouts {

    static final String ACTION = "STAFF_SIGN_IN_LOCKED";
    private static final RateLimit NOTICE_ONCE_AN_HOUR = new RateLimit("signin-lock-notice", 1, Duration.ofHours(1));

    @Inject
    StaffRepository staff;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "privacy.verification.secret")
    String secret;

    /** Records a refusal; does nothing when the same lockout was recorded within the hour. */
    public void refused(SignInThrottledException.Scope scope, String username, String clientAddress, Duration wait) {
        if (scope == SignInThrottledException.Scope.USER) {
            userLocked(username, wait);
        } else if (firstWithinTheHour("ip:" + clientAddress)) {
            audit.record(new AuditEntry(
                    "platform", ACTION, null, null, null, "address=" + addressHash(clientAddress) + " for=" + wait));
        }
    }

    private void userLocked(String username, Duration wait) {
        if (username == null) {
            return;
        }
        StaffUser user = staff.findByUsername(username.strip()).orElse(null);
        if (user == null || !firstWithinTheHour("user:" + user.username())) {
            return;
        }
        audit.record(new AuditEntry("platform", ACTION, null, null, null, "user=" + user.username() + " for=" + wait));
        user.email()
                .ifPresent(email -> outbox.enqueue(
                        null,
                        email,
                        "staff-sign-in-locked",
                        user.language(),
                        Map.of(
                                "username", user.username(),
                                "minutes", Long.toString(Math.max(1, wait.toMinutes())),
                                "at",
                                        clock.instant()
                                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                                .toString(),
                                "link", (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "staff/password.xhtml")));
    }

    private boolean firstWithinTheHour(String key) {
        try {
            rateLimiter.consume(NOTICE_ONCE_AN_HOUR, key);
            return true;
        } catch (RateLimitedException alreadyRecorded) {
            return false;
        }
    }

    private String addressHash(String clientAddress) {
        return new VerificationSecrets(secret)
                .counterKey("signin-address", String.valueOf(clientAddress))
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    }
}

package org.privacyrights.web.config.auth;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.staff.application.SignInLockouts;
import org.privacyrights.staff.application.SignInThrottle;
import org.privacyrights.staff.application.SignInThrottledException;
import org.privacyrights.staff.application.StaffAccess;
import org.privacyrights.staff.application.StaffDirectory;

/**
 * Every way staff prove who they are, in one place: a password (the login page, HTTP Basic, the token call), counted
 * by the sign-in throttle before the identity store hashes anything; a recent match of the same user name and
 * password, remembered in memory for {@code privacy.auth.credential-cache-seconds}; and a signed API token, valid
 * for {@code privacy.auth.token.ttl-seconds}. A remembered match and a token both hold a stamp of the password:
 * each use compares it with the user's stamp now, so a password change or a shut-out user ends them at once, on
 * every instance. Users of an LDAP directory have no stamp here; theirs end when they expire.
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());
    private static final String DIRECTORY_STAMP = "directory";
    private static final int CACHE_CAPACITY = 10_000;

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    SignInThrottle throttle;

    @EJB
    SignInLockouts lockouts;

    @EJB
    StaffDirectory staff;

    @Inject
    @ConfigProperty(name = "privacy.auth.store", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "privacy.auth.credential-cache-seconds", defaultValue = "120")
    long cacheSeconds;

    @Inject
    @ConfigProperty(name = "privacy.auth.token.ttl-seconds", defaultValue = "900")
    long tokenSeconds;

    @Inject
    @ConfigProperty(name = "privacy.auth.token.secret")
    Optional<String> tokenSecret;

    @Inject
    @ConfigProperty(name = "privacy.verification.secret")
    Optional<String> verificationSecret;

    private VerifiedCredentialCache remembered;
    /** Password checks running now, by the key of user name and password: a second caller waits for the first. */
    private final Map<String, CompletableFuture<CredentialValidationResult>> running = new ConcurrentHashMap<>();

    private StaffTokenCodec tokens;

    /** An API token and when it ends. */
    public record IssuedToken(String token, String tokenType, String expiresAt) {}

    @PostConstruct
    void init() {
        byte[] instanceKey = new byte[32];
        new SecureRandom().nextBytes(instanceKey);
        remembered =
                new VerifiedCredentialCache(instanceKey, Duration.ofSeconds(Math.max(0, cacheSeconds)), CACHE_CAPACITY);
        String secret = tokenSecret
                .filter(configured -> !configured.isBlank())
                .orElseGet(() -> derivedSecret(verificationSecret.orElse("")));
        if (secret.length() >= StaffTokenCodec.MIN_SECRET_LENGTH) {
            tokens = new StaffTokenCodec(secret);
        } else {
            // Sign-in with a password still works; only tokens are refused, and the log says why.
            LOG.severe("Neither privacy.auth.token.secret nor privacy.verification.secret has "
                    + StaffTokenCodec.MIN_SECRET_LENGTH + " characters or more: no staff API tokens are issued");
        }
    }

    /**
     * Counts the attempt, then checks the password with the identity store; a match is remembered. Throws
     * {@link SignInThrottledException} (after recording the lockout) when the user's or the address's allowance is
     * used up: the password is then not checked at all.
     */
    public CredentialValidationResult signIn(UsernamePasswordCredential credential, String clientAddress) {
        admit(credential.getCaller(), clientAddress);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            String username = result.getCallerPrincipal().getName();
            stampNow(username)
                    .ifPresent(stamp -> remembered.remember(
                            credential.getCaller(),
                            credential.getPassword().getValue(),
                            stamp,
                            Set.copyOf(result.getCallerGroups()),
                            Instant.now()));
        }
        return result;
    }

    /**
     * HTTP Basic: a match made moments ago if there is one, else a counted password check. Calls that arrive with
     * the same user name and password while one is being checked (a client opening several connections at once)
     * wait for its answer instead of each paying a hash and an attempt.
     */
    public CredentialValidationResult basic(UsernamePasswordCredential credential, String clientAddress) {
        Optional<CredentialValidationResult> recent = rememberedMatch(credential);
        if (recent.isPresent()) {
            return recent.get();
        }
        String key =
                remembered.id(credential.getCaller(), credential.getPassword().getValue());
        CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
        CompletableFuture<CredentialValidationResult> first = running.putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            CredentialValidationResult result = signIn(credential, clientAddress);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** Counts an attempt that checks a password elsewhere (the current one, when changing it). */
    public void admit(String username, String clientAddress) {
        try {
            throttle.admit(username, clientAddress);
        } catch (SignInThrottledException refused) {
            try {
                lockouts.refused(refused.scope(), username, clientAddress, refused.retryAfter());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Recording a refused sign-in failed; the sign-in stays refused", e);
            }
            throw refused;
        }
    }

    /** A match of this user name and password made moments ago, if the user may still act with it. */
    public Optional<CredentialValidationResult> rememberedMatch(UsernamePasswordCredential credential) {
        return remembered
                .find(credential.getCaller(), credential.getPassword().getValue(), Instant.now())
                .flatMap(entry -> stillValid(entry.username(), entry.stamp(), entry.roles()))
                .map(access -> new CredentialValidationResult(access.username(), access.roles()));
    }

    /** A token for a caller the identity store just found valid. */
    public IssuedToken issueToken(CredentialValidationResult valid) {
        String username = valid.getCallerPrincipal().getName();
        if (tokens == null) {
            throw new IllegalStateException("Staff API tokens need privacy.auth.token.secret; see the log");
        }
        String stamp = stampNow(username).orElseThrow(() -> new IllegalStateException(username + " cannot act"));
        Instant expiresAt = Instant.now().plusSeconds(tokenSeconds);
        String token = tokens.sign(
                new StaffTokenCodec.Claims(username, List.copyOf(valid.getCallerGroups()), stamp, expiresAt));
        return new IssuedToken(token, "Bearer", expiresAt.toString());
    }

    /** Who a token names, with their roles now, if it is genuine, has not ended and the user may still act. */
    public Optional<CredentialValidationResult> fromToken(String token) {
        if (tokens == null) {
            return Optional.empty();
        }
        return tokens.open(token, Instant.now())
                .flatMap(claims -> stillValid(claims.username(), claims.stamp(), Set.copyOf(claims.roles())))
                .map(access -> new CredentialValidationResult(access.username(), access.roles()));
    }

    /** Forgets remembered matches of the user on this instance (others find the stamp changed). */
    public void forget(String username) {
        remembered.forget(username);
    }

    public boolean directoryStore() {
        return !"database".equalsIgnoreCase(store.trim());
    }

    private Optional<StaffAccess> stillValid(String username, String stamp, Set<String> rolesThen) {
        if (directoryStore()) {
            return DIRECTORY_STAMP.equals(stamp)
                    ? Optional.of(new StaffAccess(username, new HashSet<>(rolesThen), stamp))
                    : Optional.empty();
        }
        Optional<StaffAccess> now =
                staff.currentAccess(username).filter(access -> access.stamp().equals(stamp));
        if (now.isEmpty()) {
            remembered.forget(username);
        }
        return now;
    }

    private Optional<String> stampNow(String username) {
        return directoryStore()
                ? Optional.of(DIRECTORY_STAMP)
                : staff.currentAccess(username).map(StaffAccess::stamp);
    }

    /** A key for tokens of its own, where the installation set none: never the verification secret itself. */
    private static String derivedSecret(String verificationSecret) {
        if (verificationSecret.length() < StaffTokenCodec.MIN_SECRET_LENGTH) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(verificationSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("staff-api-token-key".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}

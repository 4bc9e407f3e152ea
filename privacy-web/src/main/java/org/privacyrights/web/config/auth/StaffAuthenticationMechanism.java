package org.privacyrights.web.config.auth;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.apiclient.application.ApiCaller;
import org.privacyrights.apiclient.application.ApiClients;
import org.privacyrights.apiclient.application.ApiKeyCache;
import org.privacyrights.apiclient.domain.ApiKeys;
import org.privacyrights.security.Roles;
import org.privacyrights.staff.application.SignInThrottledException;
import org.privacyrights.web.config.SecurityHeaders;
import org.privacyrights.web.config.client.ClientAddresses;

/**
 * Authenticates staff. Pages: the login page calls {@code SecurityContext.authenticate} with the credential; the
 * identity is then kept in the session, whose id is renewed at login. API: HTTP Basic (a match made moments ago is
 * remembered, so that not every call pays a password hash) or a staff API token ({@code Authorization: Bearer
 * pst....}, from {@code POST /api/v1/auth/token}), no session. Every password check is counted by the sign-in
 * throttle first; a refused one gets 429 with {@code Retry-After}. An unauthenticated call to a protected page goes
 * to the login page, to a protected API path gets 401.
 */
@ApplicationScoped
@DeclareRoles({
    Roles.ADMIN,
    Roles.DPO,
    Roles.AGENT,
    Roles.AUDITOR,
    Roles.SUBJECT,
    Roles.SYSTEM,
    Roles.SCOPE_RECORD_CONSENT,
    Roles.SCOPE_CHECK_CONSENT,
    Roles.SCOPE_LOGIN_GATE,
    Roles.SCOPE_UNSUBSCRIBE_HEADERS,
    Roles.SCOPE_VOUCH
})
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/staff/login.xhtml";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());
    /** Callers that authenticated with an API key are named "system:" and the client's name. */
    static final String SYSTEM_PREFIX = ApiClients.SYSTEM_PREFIX;

    private static final String UNAUTHORIZED_BODY = "{\"status\":401,\"error\":\"unauthorized\","
            + "\"message\":\"Sign in with a staff account (HTTP Basic) or, as a system, with an API key"
            + " (Authorization: Bearer)\",\"violations\":[]}";
    private static final String THROTTLED_BODY = "{\"status\":429,\"error\":\"too_many_requests\","
            + "\"message\":\"Too many sign-in attempts for this user or from this address; try again later\","
            + "\"violations\":[]}";
    private static final String SESSION_IDENTITY = StaffAuthenticationMechanism.class.getName() + ".identity";

    /** Set on the request when the login page's sign-in was refused by the throttle: the {@code Duration} to wait. */
    public static final String THROTTLED = StaffAuthenticationMechanism.class.getName() + ".throttled";

    /** A staff session ends after this however active it is; idle ones end earlier (web.xml session-timeout). */
    static final java.time.Duration SESSION_LIFETIME = java.time.Duration.ofHours(8);

    @EJB
    ApiClients apiClients;

    @Inject
    ClientAddresses clients;

    @Inject
    ApiKeyCache keyCache;

    @Inject
    StaffSessionCheck sessionCheck;

    @Inject
    StaffSignIn signIn;

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(request, context, credential);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity) {
            Instant now = Instant.now();
            Optional<Set<String>> roles = identity.expiredAt(now)
                    ? Optional.empty()
                    : sessionCheck.rolesNow(identity.caller(), identity.groups(), now);
            if (roles.isEmpty()) {
                // Idle sessions end by the container's timeout; this ends any session after its full lifetime,
                // and the session of a user who was shut out.
                session.invalidate();
            } else {
                return context.notifyContainerAboutLogin(identity.caller(), roles.get());
            }
        }
        if (context.isProtected()) {
            String next =
                    request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(
                    request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginFromPage(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result;
        try {
            result = credential instanceof UsernamePasswordCredential password
                    ? signIn.signIn(password, clients.of(request))
                    : CredentialValidationResult.INVALID_RESULT;
        } catch (SignInThrottledException refused) {
            request.setAttribute(THROTTLED, refused.retryAfter());
            context.getResponse().setStatus(TOO_MANY_REQUESTS);
            context.getResponse()
                    .setHeader("Retry-After", Long.toString(refused.retryAfter().toSeconds()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // A 401 without the container's error page: the login page renders again and says why.
            context.getResponse().setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login, so that an id planted before login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        String cookieName = request.getServletContext().getSessionCookieConfig().getName();
        SessionCookieAttributes.complete(
                context.getResponse(),
                cookieName == null ? "JSESSIONID" : cookieName,
                request.isSecure() || baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://"));
        request.getSession()
                .setAttribute(
                        SESSION_IDENTITY,
                        new SessionIdentity(
                                result.getCallerPrincipal().getName(),
                                Set.copyOf(result.getCallerGroups()),
                                Instant.now().plus(SESSION_LIFETIME)));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus authenticateApiCall(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).trim();
            if (StaffTokenCodec.looksLikeToken(key)) {
                Optional<CredentialValidationResult> staffMember = signIn.fromToken(key);
                return staffMember.isPresent()
                        ? context.notifyContainerAboutLogin(staffMember.get())
                        : challenge(response, context);
            }
            // Another system with its API key: it acts in the SYSTEM role and the roles of its scopes, never as staff.
            // Most calls carry a key checked moments ago: the cache answers them, scopes included, without a bean
            // call or a database round trip.
            Optional<ApiCaller> caller =
                    ApiKeys.looksLikeKey(key) ? keyCache.caller(ApiKeys.hash(key), Instant.now()) : Optional.empty();
            if (caller.isEmpty()) {
                caller = apiClients.authenticate(key);
            }
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        SYSTEM_PREFIX + caller.get().client(), caller.get().roles());
            }
            return challenge(response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic =
                    decodeBasic(authorization.substring(6).trim());
            if (basic != null) {
                try {
                    CredentialValidationResult result = signIn.basic(basic, clients.of(request));
                    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                        return context.notifyContainerAboutLogin(result);
                    }
                } catch (SignInThrottledException refused) {
                    return throttled(response, refused);
                }
            }
            return challenge(response, context);
        }
        if (context.isProtected()) {
            return challenge(response, context);
        }
        return context.doNothing();
    }

    /** 401 with a Basic challenge and the API's JSON error body, not the container's HTML page. */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.addHeader("WWW-Authenticate", "Basic realm=\"privacy\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"privacy\"");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(UNAUTHORIZED_BODY);
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with the time to wait, before any password was checked. */
    private static AuthenticationStatus throttled(HttpServletResponse response, SignInThrottledException refused) {
        response.setHeader("Retry-After", Long.toString(refused.retryAfter().toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(TOO_MANY_REQUESTS);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(THROTTLED_BODY);
        } catch (IOException e) {
            LOG.log(Level.FINE, "The client left before hearing it was throttled", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
    }

    /** What the session remembers of a login: who signed in, and when the session ends however active it is. */
    record SessionIdentity(String caller, Set<String> groups, Instant endsAt) implements Serializable {

        boolean expiredAt(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}

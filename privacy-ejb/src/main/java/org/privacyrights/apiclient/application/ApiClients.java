package org.privacyrights.apiclient.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyrights.apiclient.domain.ApiClient;
import org.privacyrights.apiclient.domain.ApiClientRepository;
import org.privacyrights.apiclient.domain.ApiKeys;
import org.privacyrights.apiclient.domain.ApiScope;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.security.Roles;

/** Administrators issue and revoke the keys other systems call with; the web tier checks keys here. */
@Stateless
public class ApiClients {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** Callers that authenticated with an API key are named so, then the client's name. */
    public static final String SYSTEM_PREFIX = "system:";

    @Inject
    ApiClientRepository clients;

    @Inject
    ApiKeyCache cache;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /**
     * Issues a key with the scopes the administrator chose. Vouching for logged-in users is granted only by name,
     * with the system the key represents and the address domains it speaks for.
     */
    @RolesAllowed(Roles.ADMIN)
    public IssuedKey issue(String name, Set<ApiScope> scopes, String vouchSystem, List<String> vouchDomains) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "is 1 to 100 lowercase letters, digits and dashes");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "name at least one of " + List.of(ApiScope.values()));
        }
        if (clients.byName(name).isPresent()) {
            throw new InvalidInputException("name", "'" + name + "' has a key already; revoke it first");
        }
        String key = ApiKeys.newKey();
        String actor = caller.getCallerPrincipal().getName();
        ApiClient client;
        try {
            client = new ApiClient(name, ApiKeys.hash(key), scopes, vouchSystem, vouchDomains, clock.instant(), actor);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    vouchDomains == null || vouchDomains.isEmpty() ? "vouchSystem" : "vouchDomains", e.getMessage());
        }
        clients.store(client);
        audit.record(new AuditEntry(actor, "API_CLIENT_ISSUED", null, null, name, "scopes " + client.scopes()));
        return new IssuedKey(name, key, client.scopes(), client.vouchSystem().orElse(null), client.vouchDomains());
    }

    /**
     * The active client a vouching caller is, checked at the call: revoked keys and keys without the scope have
     * none. Not the hot path, so read from the database.
     */
    @RolesAllowed(Roles.SCOPE_VOUCH)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiClient> vouchingCaller() {
        String principal = caller.getCallerPrincipal().getName();
        if (!principal.startsWith(SYSTEM_PREFIX)) {
            return Optional.empty();
        }
        return clients.byName(principal.substring(SYSTEM_PREFIX.length()))
                .filter(ApiClient::isActive)
                .filter(client -> client.has(ApiScope.VOUCH_FOR_LOGGED_IN_USER));
    }

    @RolesAllowed(Roles.ADMIN)
    public ApiClientView revoke(String name) {
        ApiClient client = clients.byName(name).orElseThrow(() -> new NotFoundException("API client " + name));
        client.revoke(clock.instant());
        cache.forget(client.keyHash());
        audit.record(
                new AuditEntry(caller.getCallerPrincipal().getName(), "API_CLIENT_REVOKED", null, null, name, null));
        return view(client);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
    public List<ApiClientView> list() {
        return clients.all().stream().map(ApiClients::view).toList();
    }

    /**
     * The active client holding this key, with the roles of its scopes, if any. Called before anyone is
     * authenticated; the answer is cached, so the scopes cost no lookup per call.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiCaller> authenticate(String key) {
        if (!ApiKeys.looksLikeKey(key)) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(key);
        Instant now = clock.instant();
        Optional<ApiCaller> cached = cache.caller(hash, now);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<ApiCaller> found =
                clients.byKeyHash(hash).filter(ApiClient::isActive).map(ApiClients::caller);
        found.ifPresent(known -> cache.remember(hash, known, now));
        return found;
    }

    /** The roles a client's key holds: SYSTEM, and one per scope. */
    static ApiCaller caller(ApiClient client) {
        Set<String> roles = new java.util.HashSet<>();
        roles.add(Roles.SYSTEM);
        client.scopes().forEach(scope -> roles.add(scope.role()));
        return new ApiCaller(client.name(), Set.copyOf(roles));
    }

    private static ApiClientView view(ApiClient client) {
        return new ApiClientView(
                client.name(),
                client.createdAt(),
                client.createdBy(),
                client.revokedAt().orElse(null),
                client.scopes(),
                client.vouchSystem().orElse(null),
                client.vouchDomains());
    }
}

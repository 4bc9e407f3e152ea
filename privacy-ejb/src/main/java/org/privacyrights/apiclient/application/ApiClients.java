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
import java.util.regex.Pattern;
import org.privacyrights.apiclient.domain.ApiClient;
import org.privacyrights.apiclient.domain.ApiClientRepository;
import org.privacyrights.apiclient.domain.ApiKeys;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.security.Roles;

/** Administrators issue and revoke the keys other systems call with; the web tier checks keys here. */
@Stateless
public class ApiClients {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

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

    @RolesAllowed(Roles.ADMIN)
    public IssuedKey issue(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "is 1 to 100 lowercase letters, digits and dashes");
        }
        if (clients.byName(name).isPresent()) {
            throw new InvalidInputException("name", "'" + name + "' has a key already; revoke it first");
        }
        String key = ApiKeys.newKey();
        String actor = caller.getCallerPrincipal().getName();
        clients.store(new ApiClient(name, ApiKeys.hash(key), clock.instant(), actor));
        audit.record(new AuditEntry(actor, "API_CLIENT_ISSUED", null, null, name, null));
        return new IssuedKey(name, key);
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

    /** The name of the active client holding this key, if any. Called before anyone is authenticated. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> authenticate(String key) {
        if (!ApiKeys.looksLikeKey(key)) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(key);
        Instant now = clock.instant();
        Optional<String> cached = cache.client(hash, now);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<String> client =
                clients.byKeyHash(hash).filter(ApiClient::isActive).map(ApiClient::name);
        client.ifPresent(name -> cache.remember(hash, name, now));
        return client;
    }

    private static ApiClientView view(ApiClient client) {
        return new ApiClientView(
                client.name(),
                client.createdAt(),
                client.createdBy(),
                client.revokedAt().orElse(null));
    }
}

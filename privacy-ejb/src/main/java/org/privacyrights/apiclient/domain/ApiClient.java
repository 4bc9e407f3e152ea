package org.privacyrights.apiclient.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Another system of the organisation that calls the platform's system API (consent checks, the login gate), with
 * the scopes its administrator granted it. A key that vouches for logged-in users speaks for one named system and
 * for addresses in its own domains only.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = 40)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    /** The system a vouching key represents, as the address's owner is told it. */
    @Column(name = "vouch_system", length = 100)
    private String vouchSystem;

    /** The address domains a vouching key speaks for, comma-separated. */
    @Column(name = "vouch_domains", length = 1000)
    private String vouchDomains;

    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    protected ApiClient() {}

    /**
     * A client with the scopes chosen for it. Vouching needs the system's name and at least one domain; the name
     * and domains mean nothing without it and are refused.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public ApiClient(
            String name,
            String keyHash,
            Collection<ApiScope> scopes,
            String vouchSystem,
            Collection<String> vouchDomains,
            Instant now,
            String createdBy) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A key needs at least one scope");
        }
        boolean vouches = scopes.contains(ApiScope.VOUCH_FOR_LOGGED_IN_USER);
        List<String> domains = vouchDomains == null
                ? List.of()
                : vouchDomains.stream()
                        .map(domain -> domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        if (vouches
                && (vouchSystem == null
                        || vouchSystem.isBlank()
                        || vouchSystem.strip().length() > 100)) {
            throw new IllegalArgumentException("A vouching key names the system it represents (1 to 100 characters)");
        }
        if (vouches && domains.isEmpty()) {
            throw new IllegalArgumentException("A vouching key names the address domains it speaks for");
        }
        if (!vouches && (vouchSystem != null || !domains.isEmpty())) {
            throw new IllegalArgumentException("A system and domains are given only with the vouching scope");
        }
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw new IllegalArgumentException("'" + domain + "' is not an address domain");
            }
        }
        if (String.join(",", domains).length() > 1000) {
            throw new IllegalArgumentException("The domains take at most 1000 characters");
        }
        this.name = name;
        this.keyHash = keyHash;
        this.scopes = EnumSet.copyOf(scopes);
        this.vouchSystem = vouches ? vouchSystem.strip() : null;
        this.vouchDomains = vouches ? String.join(",", domains) : null;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.createdBy = createdBy;
    }

    public Set<ApiScope> scopes() {
        return scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    public Optional<String> vouchSystem() {
        return Optional.ofNullable(vouchSystem);
    }

    public List<String> vouchDomains() {
        return vouchDomains == null ? List.of() : Arrays.asList(vouchDomains.split(","));
    }

    /**
     * Whether this key may vouch for the address: it has the scope and the address's domain is one of its own,
     * exactly (a subdomain is a domain of its own and must be named).
     */
    public boolean speaksFor(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (!has(ApiScope.VOUCH_FOR_LOGGED_IN_USER) || at < 0) {
            return false;
        }
        return vouchDomains().contains(address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String name() {
        return name;
    }

    public String keyHash() {
        return keyHash;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
    }
}

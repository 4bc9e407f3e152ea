package org.privacyrights.apiclient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys already checked against the database, with the roles their scopes give, so the consent check does not pay
 * a lookup per call. An entry lives a minute; a revocation on this instance removes it at once, on other instances
 * within that minute.
 */
@ApplicationScoped
public class ApiKeyCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> byKeyHash = new ConcurrentHashMap<>();

    /** The caller of a key checked within the last minute; the caller then needs no database and no EJB call. */
    public Optional<ApiCaller> caller(String keyHash, Instant now) {
        Entry entry = byKeyHash.get(keyHash);
        if (entry == null || entry.expires().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void remember(String keyHash, ApiCaller caller, Instant now) {
        if (byKeyHash.size() >= MAX_ENTRIES) {
            byKeyHash.clear();
        }
        byKeyHash.put(keyHash, new Entry(caller, now.plus(TIME_TO_LIVE)));
    }

    void forget(String keyHash) {
        byKeyHash.remove(keyHash);
    }

    private record Entry(ApiCaller caller, Instant expires) {}
}

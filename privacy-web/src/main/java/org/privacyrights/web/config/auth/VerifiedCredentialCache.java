package org.privacyrights.web.config.auth;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a user name and password matched, so that HTTP Basic does not pay a full
 * password hash on every API call. Entries are keyed by an HMAC of user name and password under a key that lives
 * only in this instance's memory: neither a heap dump nor the key reveals a password, and a wrong password finds no
 * entry. Each entry holds the stamp of the password it matched; the caller compares it with the user's current
 * stamp on every use, so a changed password or a disabled user is refused at once and the entry dropped.
 */
final class VerifiedCredentialCache {

    /** A match remembered: who, the password stamp and roles then, until when. */
    record Entry(String username, String stamp, Set<String> roles, Instant until) {}

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentialCache(byte[] instanceKey, Duration lifetime, int capacity) {
        this.key = new SecretKeySpec(instanceKey.clone(), "HmacSHA256");
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    /** The remembered match for exactly this user name and password, if it has not ended. */
    Optional<Entry> find(String username, char[] password, Instant now) {
        if (lifetime.isZero()) {
            return Optional.empty();
        }
        String id = id(username, password);
        return find(id, now);
    }

    private Optional<Entry> find(String id, Instant now) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    void remember(String username, char[] password, String stamp, Set<String> roles, Instant now) {
        if (lifetime.isZero()) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(id(username, password), new Entry(username, stamp, Set.copyOf(roles), now.plus(lifetime)));
    }

    /** Forgets every match of this user (password changed, shut out). */
    void forget(String username) {
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    int size() {
        return entries.size();
    }

    /** The key of a user name and password: the same for both only where both are the same. */
    String id(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}

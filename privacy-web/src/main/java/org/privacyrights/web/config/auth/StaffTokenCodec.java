package org.privacyrights.web.config.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Staff API tokens: {@code pst.<payload>.<signature>}, the payload naming the user, the roles they had, a stamp of
 * their password at issue and when the token ends, signed with HMAC-SHA256 under the installation's token secret.
 * Anyone can read a token; nobody without the secret can make or change one. Whether the user may still act (not
 * shut out, the same password) is checked by the caller on every use, against the stamp.
 */
public final class StaffTokenCodec {

    public static final String PREFIX = "pst.";
    public static final int MIN_SECRET_LENGTH = 16;
    private static final String PURPOSE = "staff-api-token\n";
    private static final int MAX_LENGTH = 2000;

    private final SecretKeySpec key;

    public StaffTokenCodec(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "The staff token secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** What a token says. Roles and the stamp hold no line breaks or commas; user names never do either. */
    public record Claims(String username, List<String> roles, String stamp, Instant expiresAt) {

        public Claims {
            roles = List.copyOf(roles);
        }
    }

    public String sign(Claims claims) {
        String fields = String.join(
                "\n",
                claims.username(),
                String.join(",", claims.roles()),
                claims.stamp(),
                Long.toString(claims.expiresAt().getEpochSecond()));
        if (fields.chars().filter(c -> c == '\n').count() != 3) {
            throw new IllegalArgumentException("a token's fields hold no line break");
        }
        String payload =
                Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
        return PREFIX + payload + "." + signature(payload);
    }

    /** The claims of a token this installation signed and that has not ended at {@code now}; empty otherwise. */
    public Optional<Claims> open(String token, Instant now) {
        if (token == null || token.length() > MAX_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String body = token.substring(PREFIX.length());
        int dot = body.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = body.substring(0, dot);
        byte[] expected = signature(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, body.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String[] fields =
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 4) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            if (!now.isBefore(expiresAt)) {
                return Optional.empty();
            }
            List<String> roles = fields[1].isEmpty() ? List.of() : Arrays.asList(fields[1].split(","));
            return Optional.of(new Claims(fields[0], roles, fields[2], expiresAt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX);
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}

package org.privacyrights.verification.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A few text fields in a link, signed by the installation: readable by anyone, forgeable by nobody. The purpose is
 * part of the signature, so a token made for one use is worthless for another.
 */
public final class SignedFields {

    private static final int MAX_LENGTH = 4000;

    private SignedFields() {}

    /** Fields must not contain line breaks; they separate the fields. */
    public static String sign(VerificationSecrets secrets, String purpose, String... fields) {
        for (String field : fields) {
            if (field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a signed field holds no line break");
            }
        }
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join("\n", fields).getBytes(StandardCharsets.UTF_8));
        return payload + "." + secrets.signature(purpose, payload);
    }

    /** The fields, if the token was signed for this purpose and has {@code count} of them. */
    public static Optional<List<String>> open(VerificationSecrets secrets, String purpose, String token, int count) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        if (!VerificationSecrets.same(secrets.signature(purpose, payload), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String[] fields =
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            return fields.length == count ? Optional.of(Arrays.asList(fields)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

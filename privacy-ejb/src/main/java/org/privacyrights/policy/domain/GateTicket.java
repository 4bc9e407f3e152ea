package org.privacyrights.policy.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * What the acknowledgement page needs to know, signed by the installation so nobody can accept a policy in someone
 * else's name or send the browser anywhere the calling system did not name: the person's address, the channel,
 * the registered return URL, and when the ticket expires.
 */
public record GateTicket(String email, String channel, String returnUrl, Instant expires) {

    private static final String PURPOSE = "policy-gate";

    public String sign(Function<String, String> signer) {
        String payload = encode(email + "\n" + channel + "\n" + returnUrl + "\n" + expires.getEpochSecond());
        return payload + "." + signer.apply(payload);
    }

    public static String sign(GateTicket ticket, VerificationSecrets secrets) {
        return ticket.sign(payload -> secrets.signature(PURPOSE, payload));
    }

    /** The ticket, if the signature holds and it has not expired. */
    public static Optional<GateTicket> open(String signed, VerificationSecrets secrets, Instant now) {
        if (signed == null || signed.length() > 4000) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = signed.substring(0, dot);
        if (!VerificationSecrets.same(secrets.signature(PURPOSE, payload), signed.substring(dot + 1))) {
            return Optional.empty();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (parts.length != 4) {
            return Optional.empty();
        }
        GateTicket ticket =
                new GateTicket(parts[0], parts[1], parts[2], Instant.ofEpochSecond(Long.parseLong(parts[3])));
        return ticket.expires().isAfter(now) ? Optional.of(ticket) : Optional.empty();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

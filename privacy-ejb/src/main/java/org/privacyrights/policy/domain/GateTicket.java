package org.privacyrights.policy.domain;

import java.time.Instant;
import java.util.Optional;
import org.privacyrights.verification.domain.SignedFields;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * What the acknowledgement page needs to know, signed by the installation so nobody can accept a policy in someone
 * else's name or send the browser anywhere the calling system did not name: the person's address, the channel,
 * the registered return URL, and when the ticket expires.
 */
public record GateTicket(String email, String channel, String returnUrl, Instant expires) {

    private static final String PURPOSE = "policy-gate";

    public static String sign(GateTicket ticket, VerificationSecrets secrets) {
        return SignedFields.sign(
                secrets,
                PURPOSE,
                ticket.email(),
                ticket.channel(),
                ticket.returnUrl(),
                Long.toString(ticket.expires().getEpochSecond()));
    }

    /** The ticket, if the signature holds and it has not expired. */
    public static Optional<GateTicket> open(String signed, VerificationSecrets secrets, Instant now) {
        return SignedFields.open(secrets, PURPOSE, signed, 4)
                .map(fields -> new GateTicket(
                        fields.get(0),
                        fields.get(1),
                        fields.get(2),
                        Instant.ofEpochSecond(Long.parseLong(fields.get(3)))))
                .filter(ticket -> ticket.expires().isAfter(now));
    }
}

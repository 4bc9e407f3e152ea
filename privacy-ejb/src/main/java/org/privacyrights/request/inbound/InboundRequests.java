package org.privacyrights.request.inbound;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.connectors.api.inbound.InboundMail;
import org.privacyrights.request.application.RequestReceipt;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.SubmitRequest;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestType;

/**
 * Turns a mail from the privacy mailbox into a request on the email channel. The sender is only a claim: the
 * request waits for the same proof of the address as one from the portal. A mail delivered twice (same
 * Message-ID) gives one request.
 */
@Stateless
public class InboundRequests {

    private static final Logger LOG = Logger.getLogger(InboundRequests.class.getName());

    @EJB
    RequestService requests;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    /** The request made of the mail, or empty when the mail can't be one (no usable sender). Bad mail never throws. */
    @PermitAll
    public Optional<RequestReceipt> receive(InboundMail mail) {
        InboundClassifier.Classification classification = InboundClassifier.classify(mail.subject(), mail.text());
        ObjectionScope scope = classification.type() == RequestType.OBJECTION
                        && InboundClassifier.isAboutMarketing(mail.subject(), mail.text())
                ? ObjectionScope.MARKETING
                : null;
        SubmitRequest submission = new SubmitRequest(
                classification.type(),
                mail.from() == null ? "" : mail.from().strip(),
                details(mail),
                Channel.EMAIL,
                classification.language(),
                scope);
        Set<ConstraintViolation<SubmitRequest>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            // Checked here, not by the submission, whose refusal would roll back and bring the mail again forever.
            // The mail stays in the mailbox, marked processed, for staff to read.
            LOG.warning("Mail " + mail.messageId() + " in the privacy mailbox is no request: "
                    + violations.iterator().next().getPropertyPath() + " "
                    + violations.iterator().next().getMessage());
            return Optional.empty();
        }
        RequestReceipt receipt = requests.submit(submission, idempotencyKey(mail));
        if (!classification.alsoNamed().isEmpty()) {
            audit.record(AuditEntry.forRequest(
                    "privacy-mailbox",
                    "MAIL_NAMES_OTHER_RIGHTS",
                    receipt.id(),
                    null,
                    "taken as " + classification.type() + "; also names " + classification.alsoNamed()));
        }
        return Optional.of(receipt);
    }

    private static String details(InboundMail mail) {
        String text = "Subject: " + (mail.subject() == null ? "" : mail.subject()) + "\n\n"
                + (mail.text() == null ? "" : mail.text().strip());
        return text.length() > PrivacyRequest.MAX_DETAILS_LENGTH
                ? text.substring(0, PrivacyRequest.MAX_DETAILS_LENGTH)
                : text;
    }

    /** The Message-ID, hashed to a fixed length; a mail without one can't be recognised when it comes again. */
    static String idempotencyKey(InboundMail mail) {
        if (mail.messageId() == null || mail.messageId().isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mail.messageId().strip().getBytes(StandardCharsets.UTF_8));
            return "mail:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.FindingStrength;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailCategories;

/** The mail system's operations over one backend: IMAP messages and the user database together. */
final class MailOperations {

    private final MailBackend backend;
    private final ImapMessages messages;
    private final MailDirectory directory;

    MailOperations(MailBackend backend) {
        this.backend = backend;
        this.messages = new ImapMessages(backend);
        this.directory = new MailDirectory(backend);
    }

    String systemName() {
        return backend.settings().systemName();
    }

    List<String> mailboxes() throws SQLException {
        return directory.mailboxes();
    }

    Discovery discover(SubjectQuery subject) throws SQLException, MessagingException {
        List<RecordRef> records = new ArrayList<>(directory.discover(subject));
        records.addAll(messages.discover(mailSubject(subject), mailboxes()));
        return new Discovery(systemName(), records);
    }

    /**
     * The subject as the mail system knows them: their addresses in canonical form, their personal mailboxes (by
     * the user database, never a shared one) and the display names of those, for findings by name.
     */
    MailSubject mailSubject(SubjectQuery subject) throws SQLException {
        MailAddresses normaliser = messages.normaliser();
        Set<String> addresses = new LinkedHashSet<>();
        for (String address : subject.emailAddresses()) {
            normaliser.canonical(address).ifPresent(addresses::add);
        }
        Set<String> lookups = new LinkedHashSet<>(subject.emailAddresses());
        lookups.addAll(addresses);
        Set<String> own = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (MailDirectory.Account account : directory.accounts(lookups)) {
            normaliser.canonical(account.address()).ifPresent(own::add);
            if (account.displayName() != null && !account.displayName().isBlank()) {
                names.add(account.displayName().trim());
            }
        }
        return new MailSubject(addresses, own, names);
    }

    ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope)
            throws SQLException, MessagingException, IOException {
        Path scratch = Files.createTempDirectory("privacy-mail-export");
        try {
            int directoryRecords = scope.includes(MailCategories.ACCOUNT) ? directory.export(subject, sink) : 0;
            long messageCount = messages.export(mailSubject(subject), mailboxes(), sink, scratch, scope);
            return new ExportResult(
                    systemName(), (directoryRecords > 0 ? 1 : 0) + (int) messageCount, directoryRecords + messageCount);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Erases messages first, then list memberships, then the accounts (whose mailboxes must stay reachable until
     * their messages are gone). Then the proof: the same complete discovery runs again, and nothing the policy lets
     * go may still be found. A message that arrived meanwhile is erased in one more pass; one that was erased and is
     * still there (the server refused) fails the erasure with its id. Messages that only mention the subject are
     * listed for a staff decision, one by one, unless staff decided already.
     */
    OperationReport erase(SubjectQuery query, ErasurePolicy policy) throws SQLException, MessagingException {
        List<String> mailboxes = mailboxes();
        MailSubject subject = mailSubject(query);
        List<RecordOutcome> outcomes = new ArrayList<>();
        List<RecordRef> erasable = new ArrayList<>();
        for (RecordRef record : messages.discover(subject, mailboxes)) {
            if (policy.erases(record)) {
                erasable.add(record);
            } else {
                notErased(record, policy).ifPresent(outcomes::add);
            }
        }
        List<String> refusals = new ArrayList<>();
        outcomes.addAll(messages.erase(erasable, refusals));
        outcomes.addAll(directory.unsubscribe(query, policy));
        Set<String> attempted = new HashSet<>();
        erasable.forEach(r -> attempted.add(r.id()));
        List<RecordRef> left = erasableLeft(subject, mailboxes, policy);
        if (!left.isEmpty() && left.stream().noneMatch(r -> attempted.contains(r.id()))) {
            outcomes.addAll(messages.erase(left, refusals));
            left.forEach(r -> attempted.add(r.id()));
            left = erasableLeft(subject, mailboxes, policy);
        }
        if (!left.isEmpty()) {
            throw new MessagingException(left.size()
                    + " messages naming the subject are still there after the erasure: "
                    + String.join(
                            ", ", left.stream().limit(20).map(RecordRef::id).toList())
                    + (left.size() > 20 ? " and " + (left.size() - 20) + " more" : "")
                    + (refusals.isEmpty() ? "" : "; the server refused: " + String.join("; ", refusals)));
        }
        if (attempted.isEmpty()) {
            for (String address : subject.addresses()) {
                outcomes.add(new RecordOutcome(
                        "messages:" + address,
                        RecordOutcome.Action.ALREADY_DONE,
                        "no message the erasure may remove names this address"));
            }
        }
        outcomes.addAll(directory.deleteAccounts(query, ownMessagesErased(policy) ? policy : keepAccounts(policy)));
        return new OperationReport(systemName(), outcomes);
    }

    private List<RecordRef> erasableLeft(MailSubject subject, List<String> mailboxes, ErasurePolicy policy)
            throws MessagingException {
        return messages.discover(subject, mailboxes).stream()
                .filter(policy::erases)
                .toList();
    }

    /**
     * Why a found message stays: kept by the policy, or waiting for a staff decision. A message that names the
     * subject by name only need not be theirs at all: staff see it among the findings, and an erasure reports it
     * to nobody as the subject's data kept.
     */
    private static Optional<RecordOutcome> notErased(RecordRef record, ErasurePolicy policy) {
        var keep = policy.keepReason(record.category());
        if (keep.isPresent()) {
            return Optional.of(new RecordOutcome(record.id(), RecordOutcome.Action.KEPT, keep.get()));
        }
        if (record.strength() == FindingStrength.POSSIBLE) {
            return Optional.empty();
        }
        return Optional.of(new RecordOutcome(
                record.id(),
                RecordOutcome.Action.AWAITS_DECISION,
                "mentions the subject in its text, an attachment or a forwarded message: erased only where"
                        + " staff decide so for this message"));
    }

    OperationReport rectify(SubjectQuery subject, String attribute, String value) throws SQLException {
        if (!"displayName".equals(attribute)) {
            throw new IllegalArgumentException("The mail system can correct displayName, not " + attribute);
        }
        return new OperationReport(systemName(), directory.setDisplayName(subject, value));
    }

    OperationReport restrict(SubjectQuery subject, boolean restricted) throws SQLException {
        return new OperationReport(systemName(), directory.setRestricted(subject, restricted));
    }

    OperationReport setAccountsEnabled(SubjectQuery subject, boolean enabled) throws SQLException {
        return new OperationReport(systemName(), directory.setEnabled(subject, enabled));
    }

    OperationReport unsubscribe(SubjectQuery subject) throws SQLException {
        return new OperationReport(systemName(), directory.unsubscribe(subject, ErasurePolicy.eraseAll()));
    }

    /** An account whose own messages are kept (legal hold) must stay, or those messages become unreachable. */
    private static boolean ownMessagesErased(ErasurePolicy policy) {
        return policy.keepReason(MailCategories.OWN_MAILBOX).isEmpty();
    }

    private static ErasurePolicy keepAccounts(ErasurePolicy policy) {
        var holds = new java.util.HashMap<>(policy.legalHolds());
        holds.putIfAbsent(MailCategories.ACCOUNT, "the mailbox's messages are kept, so its account stays");
        return new ErasurePolicy(holds, policy.keptCategories());
    }
}

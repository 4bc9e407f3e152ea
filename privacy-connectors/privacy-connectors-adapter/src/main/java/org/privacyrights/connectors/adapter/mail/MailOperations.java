package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportResult;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
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
        records.addAll(messages.discover(subject, mailboxes()));
        return new Discovery(systemName(), records);
    }

    ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope)
            throws SQLException, MessagingException, IOException {
        Path scratch = Files.createTempDirectory("privacy-mail-export");
        try {
            int directoryRecords = scope.includes(MailCategories.ACCOUNT) ? directory.export(subject, sink) : 0;
            long messageCount = messages.export(subject, mailboxes(), sink, scratch, scope);
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
     * their messages are gone), and checks with a second search that nothing erasable is left.
     */
    OperationReport erase(SubjectQuery subject, ErasurePolicy policy) throws SQLException, MessagingException {
        List<String> mailboxes = mailboxes();
        List<RecordOutcome> outcomes = new ArrayList<>(messages.erase(messages.discover(subject, mailboxes), policy));
        outcomes.addAll(directory.unsubscribe(subject, policy));
        List<RecordRef> left = messages.discover(subject, mailboxes).stream()
                .filter(r -> policy.keepReason(r.category()).isEmpty())
                .toList();
        if (!left.isEmpty()) {
            throw new MessagingException(left.size() + " messages are still found after the erasure, e.g. "
                    + left.get(0).id());
        }
        outcomes.addAll(directory.deleteAccounts(subject, ownMessagesErased(policy) ? policy : keepAccounts(policy)));
        return new OperationReport(systemName(), outcomes);
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

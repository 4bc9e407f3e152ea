package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SearchTerm;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailCategories;

/**
 * The subject's messages in every mailbox of the store. In the subject's own mailbox every message is theirs; in
 * other mailboxes the server's own SEARCH finds candidates (FROM, TO, CC, BCC), and the addresses in the envelope
 * are then compared exactly, because IMAP SEARCH matches substrings ("ada@example.org" is inside
 * "nada@example.org" and inside a display name). Where the server normalises address headers before matching, the
 * search is for "&lt;ada@example.org&gt;", so look-alike addresses are not even candidates.
 */
final class ImapMessages {

    private static final Flags.Flag DELETED = Flags.Flag.DELETED;

    private final MailBackend backend;

    ImapMessages(MailBackend backend) {
        this.backend = backend;
    }

    /** Every message of the subject, folder by folder, in every mailbox given, several mailboxes at a time. */
    List<RecordRef> discover(SubjectQuery subject, List<String> mailboxes) throws MessagingException {
        List<RecordRef> found = new ArrayList<>();
        backend.eachMailbox(mailboxes, mailbox -> discoverIn(subject, mailbox)).forEach(found::addAll);
        return found;
    }

    private List<RecordRef> discoverIn(SubjectQuery subject, String mailbox) throws MessagingException {
        List<RecordRef> found = new ArrayList<>();
        forEachFolder(mailbox, (folder, uidValidity) -> {
            for (Message message : matching(subject, mailbox, folder)) {
                long uid = ((UIDFolder) folder).getUID(message);
                found.add(new RecordRef(
                        new ImapRecordId(mailbox, folder.getFullName(), uidValidity, uid).toString(),
                        category(subject, mailbox),
                        mailbox + "/" + folder.getFullName()));
            }
        });
        return found;
    }

    /**
     * Writes each message as {@code mail/<mailbox>/<folder>/<uid>.eml} while appending it to a temporary mbox,
     * which becomes {@code mail/<mailbox>.mbox} when the mailbox is done. Messages stream through; none is held.
     */
    long export(SubjectQuery subject, List<String> mailboxes, ExportSink sink, Path scratch, ExportScope scope)
            throws MessagingException, IOException {
        long written = 0;
        ArchivePaths.Unique paths = new ArchivePaths.Unique();
        for (String mailbox : mailboxes) {
            if (!scope.includes(category(subject, mailbox))) {
                continue;
            }
            Path mbox = Files.createTempFile(scratch, "mailbox", ".mbox");
            long[] count = {0};
            try (OutputStream mboxOut = new BufferedOutputStream(Files.newOutputStream(mbox), 64 * 1024)) {
                MboxWriter mboxWriter = new MboxWriter(mboxOut);
                forEachFolder(mailbox, (folder, uidValidity) -> {
                    for (Message message : matching(subject, mailbox, folder, true)) {
                        long uid = ((UIDFolder) folder).getUID(message);
                        String path = paths.claim(
                                "mail/" + safe(mailbox) + "/" + safe(folder.getFullName()) + "/" + uid + ".eml");
                        try (OutputStream eml = sink.open(path, "message/rfc822");
                                OutputStream mboxEntry = mboxWriter.begin(sender(message), received(message))) {
                            message.writeTo(new TeeStream(eml, mboxEntry));
                        } catch (IOException e) {
                            throw new MessagingException("Writing " + path + " failed: " + e.getMessage(), e);
                        }
                        count[0]++;
                    }
                });
            }
            if (count[0] > 0) {
                try (OutputStream out = sink.open(paths.claim("mail/" + safe(mailbox) + ".mbox"), "application/mbox");
                        InputStream in = Files.newInputStream(mbox)) {
                    in.transferTo(out);
                }
            }
            Files.deleteIfExists(mbox);
            written += count[0];
        }
        return written;
    }

    /**
     * Flags the subject's messages deleted and expunges exactly those (UID EXPUNGE), except where the policy keeps
     * their category. A message that is already gone counts as done.
     */
    List<RecordOutcome> erase(List<RecordRef> records, ErasurePolicy policy) throws MessagingException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        Map<String, List<RecordRef>> byFolder = new LinkedHashMap<>();
        for (RecordRef record : records) {
            var keep = policy.keepReason(record.category());
            if (keep.isPresent()) {
                outcomes.add(new RecordOutcome(record.id(), RecordOutcome.Action.KEPT, keep.get()));
                continue;
            }
            ImapRecordId id = ImapRecordId.parse(record.id());
            byFolder.computeIfAbsent(id.mailbox() + "\u0000" + id.folder(), k -> new ArrayList<>())
                    .add(record);
        }
        for (List<RecordRef> group : byFolder.values()) {
            outcomes.addAll(eraseInFolder(group));
        }
        return outcomes;
    }

    private List<RecordOutcome> eraseInFolder(List<RecordRef> group) throws MessagingException {
        ImapRecordId first = ImapRecordId.parse(group.get(0).id());
        Store store = backend.store(first.mailbox());
        Folder folder = store.getFolder(first.folder());
        List<RecordOutcome> outcomes = new ArrayList<>();
        if (!folder.exists()) {
            group.forEach(
                    r -> outcomes.add(new RecordOutcome(r.id(), RecordOutcome.Action.ALREADY_DONE, "folder is gone")));
            return outcomes;
        }
        folder.open(Folder.READ_WRITE);
        try {
            UIDFolder uids = (UIDFolder) folder;
            long currentValidity = uids.getUIDValidity();
            List<Message> toDelete = new ArrayList<>();
            for (RecordRef record : group) {
                ImapRecordId id = ImapRecordId.parse(record.id());
                Message message = id.uidValidity() == currentValidity ? uids.getMessageByUID(id.uid()) : null;
                if (message == null || message.isExpunged()) {
                    outcomes.add(new RecordOutcome(record.id(), RecordOutcome.Action.ALREADY_DONE, "message is gone"));
                } else {
                    toDelete.add(message);
                    outcomes.add(new RecordOutcome(record.id(), RecordOutcome.Action.ERASED, "expunged"));
                }
            }
            if (!toDelete.isEmpty()) {
                Message[] messages = toDelete.toArray(Message[]::new);
                folder.setFlags(messages, new Flags(DELETED), true);
                if (folder instanceof org.eclipse.angus.mail.imap.IMAPFolder imap) {
                    imap.expunge(messages);
                } else {
                    folder.expunge();
                }
            }
        } finally {
            folder.close(false);
        }
        return outcomes;
    }

    private List<Message> matching(SubjectQuery subject, String mailbox, Folder folder) throws MessagingException {
        return matching(subject, mailbox, folder, false);
    }

    /**
     * The subject's messages in one folder, with UIDs fetched in one round trip; with {@code forExport} the
     * envelopes (sender, dates) too, so that writing each message costs one FETCH and nothing more.
     */
    private List<Message> matching(SubjectQuery subject, String mailbox, Folder folder, boolean forExport)
            throws MessagingException {
        Set<String> addresses = subject.emailAddresses();
        boolean own = addresses.contains(mailbox.toLowerCase(Locale.ROOT));
        if (own) {
            Message[] all = folder.getMessages();
            fetch(folder, all, forExport);
            return List.of(all);
        }
        // Where the server matches whole addresses, look-alikes ("nada@", "ada@....evil") never become candidates;
        // the envelope still decides, because "<address>" can sit inside a (quoted or encoded) display name.
        Message[] candidates = folder.search(searchTerm(addresses, backend.searchMatchesWholeAddresses()));
        fetch(folder, candidates, true);
        return exactly(candidates, addresses);
    }

    private static void fetch(Folder folder, Message[] messages, boolean envelopes) throws MessagingException {
        if (messages.length == 0) {
            return;
        }
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        if (envelopes) {
            profile.add(FetchProfile.Item.ENVELOPE);
        }
        folder.fetch(messages, profile);
    }

    private static List<Message> exactly(Message[] candidates, Set<String> addresses) throws MessagingException {
        List<Message> exact = new ArrayList<>();
        for (Message candidate : candidates) {
            if (namesAny(candidate, addresses)) {
                exact.add(candidate);
            }
        }
        return exact;
    }

    /**
     * FROM, TO, CC or BCC containing one of the addresses; with {@code wholeAddresses} as {@code <address>}, which
     * a server that normalises address headers matches only where the whole address stands.
     */
    static SearchTerm searchTerm(Set<String> addresses, boolean wholeAddresses) {
        List<SearchTerm> terms = new ArrayList<>();
        for (String plain : addresses) {
            String address = wholeAddresses ? "<" + plain + ">" : plain;
            terms.add(new FromStringTerm(address));
            terms.add(new RecipientStringTerm(Message.RecipientType.TO, address));
            terms.add(new RecipientStringTerm(Message.RecipientType.CC, address));
            terms.add(new RecipientStringTerm(Message.RecipientType.BCC, address));
        }
        return terms.size() == 1 ? terms.get(0) : new OrTerm(terms.toArray(SearchTerm[]::new));
    }

    /** Whether an address of the message's envelope (not a display name) is one of the subject's. */
    static boolean namesAny(Message message, Set<String> addresses) throws MessagingException {
        List<Address> all = new ArrayList<>();
        addAll(all, message.getFrom());
        addAll(all, message.getRecipients(Message.RecipientType.TO));
        addAll(all, message.getRecipients(Message.RecipientType.CC));
        addAll(all, message.getRecipients(Message.RecipientType.BCC));
        for (Address address : all) {
            if (address instanceof InternetAddress internet
                    && internet.getAddress() != null
                    && addresses.contains(internet.getAddress().trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(List<Address> target, Address[] addresses) {
        if (addresses != null) {
            target.addAll(List.of(addresses));
        }
    }

    private static String category(SubjectQuery subject, String mailbox) {
        return subject.emailAddresses().contains(mailbox.toLowerCase(Locale.ROOT))
                ? MailCategories.OWN_MAILBOX
                : MailCategories.OTHER_MAILBOX;
    }

    private void forEachFolder(String mailbox, FolderVisitor visitor) throws MessagingException {
        Store store = backend.store(mailbox);
        for (Folder folder : store.getDefaultFolder().list("*")) {
            if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
                continue;
            }
            folder.open(Folder.READ_ONLY);
            try {
                visitor.visit(folder, ((UIDFolder) folder).getUIDValidity());
            } finally {
                folder.close(false);
            }
        }
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress internet
                ? internet.getAddress()
                : null;
    }

    private static Instant received(Message message) throws MessagingException {
        var date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    /** Folder and mailbox names as path segments: no separators, no parent references. */
    /** A folder or mailbox name as one segment of an archive path (the archive's one naming rule). */
    static String safe(String name) {
        return ArchivePaths.segment(name);
    }

    @FunctionalInterface
    private interface FolderVisitor {
        void visit(Folder folder, long uidValidity) throws MessagingException;
    }

    /** Writes to two streams at once: the .eml entry and the mailbox's mbox. */
    private static final class TeeStream extends OutputStream {

        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}

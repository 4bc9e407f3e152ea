package org.privacyrights.connectors.adapter.mail;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.FindingStrength;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.mail.MailCategories;

/**
 * The subject's messages in every mailbox of the store. In the subject's own (personal) mailbox every message is
 * theirs. In every other mailbox, shared ones included, the server's SEARCH picks candidates: messages whose text
 * (any header, any part, forwarded messages too) holds the local part and the domain of one of the subject's
 * addresses, or their name; with a full-text index that leaves headers out, those headers are read from every
 * message as well. Each candidate is then parsed and verified exactly ({@link MessageInspector}), so that
 * look-alike addresses ("nada@", "ada@example.org.evil", an address inside a display name) are never reported.
 */
final class ImapMessages {

    private static final Flags.Flag DELETED = Flags.Flag.DELETED;

    private final MailBackend backend;
    private final MailAddresses normaliser;

    ImapMessages(MailBackend backend) {
        this.backend = backend;
        this.normaliser = new MailAddresses(backend.settings().subAddressSeparator());
    }

    MailAddresses normaliser() {
        return normaliser;
    }

    /** Every message naming the subject, folder by folder, in every mailbox given, several mailboxes at a time. */
    List<RecordRef> discover(MailSubject subject, List<String> mailboxes) throws MessagingException {
        List<RecordRef> found = new ArrayList<>();
        backend.eachMailbox(mailboxes, mailbox -> discoverIn(subject, mailbox)).forEach(found::addAll);
        return found;
    }

    private List<RecordRef> discoverIn(MailSubject subject, String mailbox) throws MessagingException {
        List<RecordRef> found = new ArrayList<>();
        forEachFolder(mailbox, (folder, uidValidity) -> {
            for (Found message : findIn(subject, mailbox, folder, false)) {
                found.add(new RecordRef(
                        new ImapRecordId(mailbox, folder.getFullName(), uidValidity, message.uid()).toString(),
                        category(subject, mailbox),
                        mailbox + "/" + folder.getFullName(),
                        message.strength()));
            }
        });
        return found;
    }

    /**
     * Writes each message as {@code mail/<mailbox>/<folder>/<uid>.eml} while appending it to a temporary mbox,
     * which becomes {@code mail/<mailbox>.mbox} when the mailbox is done; then {@code mail/findings.json} lists the
     * files by why they were found (own, addressed, mentioned). Messages that only name the subject are not exported.
     * Messages stream through; none is held.
     */
    long export(MailSubject subject, List<String> mailboxes, ExportSink sink, Path scratch, ExportScope scope)
            throws MessagingException, IOException {
        long written = 0;
        ArchivePaths.Unique paths = new ArchivePaths.Unique();
        Map<FindingStrength, List<String>> byStrength = new EnumMap<>(FindingStrength.class);
        for (String mailbox : mailboxes) {
            if (!scope.includes(category(subject, mailbox))) {
                continue;
            }
            Path mbox = Files.createTempFile(scratch, "mailbox", ".mbox");
            long[] count = {0};
            try (OutputStream mboxOut = new BufferedOutputStream(Files.newOutputStream(mbox), 64 * 1024)) {
                MboxWriter mboxWriter = new MboxWriter(mboxOut);
                forEachFolder(mailbox, (folder, uidValidity) -> {
                    for (Found found : findIn(subject, mailbox, folder, true)) {
                        Message message = found.message();
                        String path = paths.claim("mail/" + safe(mailbox) + "/" + safe(folder.getFullName()) + "/"
                                + found.uid() + ".eml");
                        try (OutputStream eml = sink.open(path, "message/rfc822");
                                OutputStream mboxEntry = mboxWriter.begin(sender(message), received(message))) {
                            message.writeTo(new TeeStream(eml, mboxEntry));
                        } catch (IOException e) {
                            throw new MessagingException("Writing " + path + " failed: " + e.getMessage(), e);
                        }
                        byStrength
                                .computeIfAbsent(found.strength(), k -> new ArrayList<>())
                                .add(path);
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
        if (!byStrength.isEmpty()) {
            writeFindings(sink, paths, byStrength);
        }
        return written;
    }

    private static void writeFindings(
            ExportSink sink, ArchivePaths.Unique paths, Map<FindingStrength, List<String>> byStrength)
            throws IOException {
        try (OutputStream out = sink.open(paths.claim("mail/findings.json"), "application/json");
                JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<FindingStrength, List<String>> group : byStrength.entrySet()) {
                json.writeStartArray(group.getKey().name().toLowerCase(Locale.ROOT));
                group.getValue().forEach(json::write);
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    /**
     * Flags the given messages deleted and expunges exactly those (UID EXPUNGE), folder by folder. A message that is
     * already gone counts as done. A folder whose server refuses the change is noted in {@code refusals} and the
     * others go on: the check that follows every erasure names what is left.
     */
    List<RecordOutcome> erase(List<RecordRef> records, List<String> refusals) throws MessagingException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        Map<String, List<RecordRef>> byFolder = new LinkedHashMap<>();
        for (RecordRef record : records) {
            ImapRecordId id = ImapRecordId.parse(record.id());
            byFolder.computeIfAbsent(id.mailbox() + "\u0000" + id.folder(), k -> new ArrayList<>())
                    .add(record);
        }
        for (List<RecordRef> group : byFolder.values()) {
            outcomes.addAll(eraseInFolder(group, refusals));
        }
        return outcomes;
    }

    private List<RecordOutcome> eraseInFolder(List<RecordRef> group, List<String> refusals) throws MessagingException {
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
                expunge(folder, toDelete.toArray(Message[]::new), first, refusals);
            }
        } finally {
            folder.close(false);
        }
        return outcomes;
    }

    private static void expunge(Folder folder, Message[] messages, ImapRecordId where, List<String> refusals)
            throws MessagingException {
        try {
            folder.setFlags(messages, new Flags(DELETED), true);
            if (folder instanceof IMAPFolder imap) {
                imap.expunge(messages);
            } else {
                folder.expunge();
            }
        } catch (MessagingException e) {
            if (!folder.getStore().isConnected() || MailConnectionImpl.isTransient(e)) {
                throw e;
            }
            // The server said no to this folder (rights, quota, a read-only folder): the check after the erasure
            // fails the task with the messages left here, and this answer goes into its message.
            refusals.add(where.mailbox() + "/" + where.folder() + ": " + e.getMessage());
        }
    }

    /**
     * The subject's messages in one folder with their UIDs; with {@code forExport} only those an export writes, with
     * their envelopes (sender, dates), so that writing each message costs one FETCH and nothing more.
     */
    private List<Found> findIn(MailSubject subject, String mailbox, Folder folder, boolean forExport)
            throws MessagingException {
        UIDFolder uidFolder = (UIDFolder) folder;
        List<Found> found = new ArrayList<>();
        if (isOwn(subject, mailbox)) {
            Message[] all = folder.getMessages();
            fetch(folder, all, forExport ? List.of(FetchProfile.Item.ENVELOPE) : List.of(), List.of());
            for (Message message : all) {
                found.add(new Found(message, uidFolder.getUID(message), FindingStrength.OWN));
            }
            return found;
        }
        if (subject.addresses().isEmpty() || !(folder instanceof IMAPFolder imap)) {
            return found;
        }
        MessageInspector inspector = new MessageInspector(normaliser, subject.addresses(), subject.names());
        Map<Long, Message> candidates = new TreeMap<>();
        for (var criteria : ImapSearch.criteria(searchWords(subject), subject.names())) {
            long[] uids = ImapSearch.uids(imap, criteria);
            Message[] matched = uids.length == 0 ? new Message[0] : imap.getMessagesByUID(uids);
            for (int i = 0; i < uids.length; i++) {
                if (matched[i] != null) {
                    candidates.putIfAbsent(uids[i], matched[i]);
                }
            }
        }
        if (backend.settings().fullTextIndex()) {
            Message[] all = folder.getMessages();
            fetch(folder, all, List.of(), MessageInspector.HEADERS_AN_INDEX_MAY_MISS);
            for (Message message : all) {
                if (inspector.addressedIn(message, MessageInspector.HEADERS_AN_INDEX_MAY_MISS)) {
                    candidates.putIfAbsent(uidFolder.getUID(message), message);
                }
            }
        }
        Message[] verify = candidates.values().toArray(Message[]::new);
        List<String> headers = new ArrayList<>(MessageInspector.ADDRESS_HEADERS);
        headers.add("Subject");
        fetch(
                folder,
                verify,
                forExport
                        ? List.of(FetchProfile.Item.ENVELOPE, FetchProfile.Item.CONTENT_INFO)
                        : List.of(FetchProfile.Item.CONTENT_INFO),
                headers);
        for (Map.Entry<Long, Message> candidate : candidates.entrySet()) {
            Optional<FindingStrength> strength;
            try {
                strength = inspector.inspect(candidate.getValue());
            } catch (IOException e) {
                throw new MessagingException(
                        "Reading message " + candidate.getKey() + " of " + mailbox + "/" + folder.getFullName()
                                + " failed: " + e.getMessage(),
                        e);
            }
            if (strength.isPresent() && (!forExport || strength.get().exported())) {
                found.add(new Found(candidate.getValue(), candidate.getKey(), strength.get()));
            }
        }
        return found;
    }

    private List<MailAddresses.SearchWords> searchWords(MailSubject subject) {
        return subject.addresses().stream()
                .sorted()
                .map(normaliser::searchWords)
                .toList();
    }

    private static void fetch(Folder folder, Message[] messages, List<FetchProfile.Item> items, List<String> headers)
            throws MessagingException {
        if (messages.length == 0) {
            return;
        }
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        items.forEach(profile::add);
        headers.forEach(profile::add);
        folder.fetch(messages, profile);
    }

    private boolean isOwn(MailSubject subject, String mailbox) {
        return normaliser
                .canonical(mailbox)
                .filter(subject.ownMailboxes()::contains)
                .isPresent();
    }

    private String category(MailSubject subject, String mailbox) {
        return isOwn(subject, mailbox) ? MailCategories.OWN_MAILBOX : MailCategories.OTHER_MAILBOX;
    }

    /** A message found in a folder: the message, its UID and why it was found. */
    private record Found(Message message, long uid, FindingStrength strength) {}

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

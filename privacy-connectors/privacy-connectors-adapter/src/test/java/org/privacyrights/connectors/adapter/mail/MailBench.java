package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.privacyrights.connectors.adapter.PrivacyResourceAdapter;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailConnection;

/** For the benchmarks: a mail connection to the test services, and the plain search the floor sends. */
public final class MailBench {

    private MailBench() {}

    /** A connection as a container makes it: from a factory associated with a started adapter. */
    public static MailConnection connect(String domain, TestBootstrapContext container) throws Exception {
        return connect(domain, container, TestServices.IMAP_PORT);
    }

    /** As above, on {@code port}: the Dovecot with the full-text index is searched through it. */
    public static MailConnection connect(String domain, TestBootstrapContext container, int port) throws Exception {
        PrivacyResourceAdapter adapter = new PrivacyResourceAdapter();
        adapter.start(container);
        MailManagedConnectionFactory factory = new MailManagedConnectionFactory();
        factory.setResourceAdapter(adapter);
        factory.setSearchSessions(Integer.getInteger("bench.search-sessions", 2));
        // Dovecot normalises address headers before SEARCH compares them.
        factory.setSearchMatchesWholeAddresses(
                Boolean.parseBoolean(System.getProperty("bench.whole-addresses", "true")));
        factory.setMaxOpenMailboxes(Integer.getInteger("bench.search-sessions", 2) + 2);
        factory.setHost(TestServices.IMAP_HOST);
        factory.setPort(port);
        factory.setFullTextIndex(port == TestServices.IMAP_FTS_PORT);
        factory.setSsl(false);
        factory.setAllowPlaintext(true);
        factory.setUser(TestServices.MASTER_USER);
        factory.setPassword(TestServices.MASTER_PASSWORD);
        factory.setDirectoryUrl(TestServices.MAIL_DATABASE_URL);
        factory.setDirectoryUser(TestServices.POSTGRES_USER);
        factory.setMailboxesQuery("SELECT email FROM mail_user WHERE email LIKE '%@" + domain + "' ORDER BY email");
        return (MailConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }

    /**
     * The naive floor: the server's SEARCH for each address over FROM, TO, CC, BCC, Reply-To and TEXT, taken as it
     * answers (no verification, so look-alikes count too).
     */
    public static Message[] floor(Folder folder, SubjectQuery subject) throws MessagingException {
        List<Argument> keys = new ArrayList<>();
        for (String address : subject.emailAddresses()) {
            for (String key : List.of("FROM", "TO", "CC", "BCC", "Reply-To", "TEXT")) {
                Argument one = new Argument();
                if (key.equals("Reply-To")) {
                    one.writeAtom("HEADER");
                }
                one.writeAtom(key);
                one.writeString(address, StandardCharsets.UTF_8);
                keys.add(one);
            }
        }
        IMAPFolder imap = (IMAPFolder) folder;
        long[] uids = ImapSearch.uids(imap, or(keys));
        return java.util.Arrays.stream(imap.getMessagesByUID(uids))
                .filter(java.util.Objects::nonNull)
                .toArray(Message[]::new);
    }

    private static Argument or(List<Argument> keys) {
        if (keys.size() == 1) {
            return keys.get(0);
        }
        Argument or = new Argument();
        or.writeAtom("OR");
        or.writeArgument(keys.get(0));
        or.writeArgument(or(keys.subList(1, keys.size())));
        return or;
    }
}

package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.search.SearchTerm;
import org.privacyrights.connectors.adapter.PrivacyResourceAdapter;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailConnection;

/** For the benchmarks: a mail connection to the test services, and the substring search the floor sends. */
public final class MailBench {

    private MailBench() {}

    /** A connection as a container makes it: from a factory associated with a started adapter. */
    public static MailConnection connect(String domain, TestBootstrapContext container) throws Exception {
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
        factory.setPort(TestServices.IMAP_PORT);
        factory.setSsl(false);
        factory.setAllowPlaintext(true);
        factory.setUser(TestServices.MASTER_USER);
        factory.setPassword(TestServices.MASTER_PASSWORD);
        factory.setDirectoryUrl(TestServices.MAIL_DATABASE_URL);
        factory.setDirectoryUser(TestServices.POSTGRES_USER);
        factory.setMailboxesQuery("SELECT email FROM mail_user WHERE email LIKE '%@" + domain + "' ORDER BY email");
        return (MailConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }

    public static SearchTerm searchTerm(SubjectQuery subject) {
        return ImapMessages.searchTerm(subject.emailAddresses(), false);
    }
}

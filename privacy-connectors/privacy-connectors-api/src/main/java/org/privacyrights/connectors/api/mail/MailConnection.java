package org.privacyrights.connectors.api.mail;

import java.util.List;
import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.PrivacyConnection;
import org.privacyrights.connectors.api.SubjectQuery;

/**
 * A mail system: every user's mailbox over IMAP (reached with the master user), and the user database that holds
 * accounts and mailing lists. Besides the common operations it disables accounts and unsubscribes addresses.
 */
public interface MailConnection extends PrivacyConnection {

    /** Every mailbox (account address) of the mail system, from its user database. */
    List<String> mailboxes() throws ConnectorException;

    /**
     * Disables (no login, no mail in or out) or re-enables the subject's accounts, keeping their data. Objection
     * and restriction end here rather than in deleting an account.
     */
    OperationReport setAccountsEnabled(SubjectQuery subject, boolean enabled) throws ConnectorException;

    /** Removes the subject's addresses from every mailing list. */
    OperationReport unsubscribe(SubjectQuery subject) throws ConnectorException;
}

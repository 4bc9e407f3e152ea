package org.privacyrights.connectors.api.helpdesk;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.OperationReport;
import org.privacyrights.connectors.api.PrivacyConnection;
import org.privacyrights.connectors.api.SubjectQuery;

/**
 * A SQL help desk. Changes run in one database transaction each: the container's, when the connection is used in
 * one, otherwise the connector's own. Besides the common operations it deactivates portal users.
 */
public interface HelpdeskConnection extends PrivacyConnection {

    /** Deactivates (no sign-in, data kept) or re-activates the subject's portal users. */
    OperationReport setPortalUsersActive(SubjectQuery subject, boolean active) throws ConnectorException;

    /**
     * The email addresses the help desk holds for a customer number: the channel on file through which a subject
     * proves that the number is theirs. Empty when the number is unknown.
     */
    java.util.SortedSet<String> addressesOnFile(String customerId) throws ConnectorException;
}

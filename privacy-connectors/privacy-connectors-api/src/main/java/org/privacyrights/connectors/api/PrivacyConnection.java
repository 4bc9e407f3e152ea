package org.privacyrights.connectors.api;

/**
 * The operations every connector offers, so that workflows treat all systems alike. Every operation is idempotent:
 * running it twice does no harm and reports the same outcome (a repeat reports {@code ALREADY_DONE}). Get one
 * connection per operation and close it with try-with-resources.
 */
public interface PrivacyConnection extends AutoCloseable {

    /** The name of the system this connection reaches, as used in findings, errors and the audit trail. */
    String systemName();

    /** Asks the backend to answer; never throws for a backend that is down. */
    HealthReport checkHealth();

    /** Which records this system holds for the subject's identities. */
    Discovery discover(SubjectQuery subject) throws ConnectorException;

    /** Streams the subject's records out in the system's natural, standard format. */
    default ExportResult export(SubjectQuery subject, ExportSink sink) throws ConnectorException {
        return export(subject, sink, ExportScope.ALL);
    }

    /** Streams out the subject's records of the categories in {@code scope}. */
    ExportResult export(SubjectQuery subject, ExportSink sink, ExportScope scope) throws ConnectorException;

    /** Erases the subject's records, except those the erasure policy keeps. */
    OperationReport erase(SubjectQuery subject, ErasurePolicy policy) throws ConnectorException;

    /** Changes a named attribute (e.g. {@code displayName}) wherever this system holds it. */
    OperationReport rectify(SubjectQuery subject, String attribute, String newValue) throws ConnectorException;

    /** Marks the subject's data as not to be processed, or lifts that mark. */
    OperationReport restrict(SubjectQuery subject, boolean restricted) throws ConnectorException;

    @Override
    void close();
}

package org.privacyrights.connector.application;

import org.privacyrights.connectors.api.ConnectorException;
import org.privacyrights.connectors.api.PrivacyConnection;

/** One operation on one connection. */
@FunctionalInterface
public interface ConnectorCall<T> {

    T apply(PrivacyConnection connection) throws ConnectorException;
}

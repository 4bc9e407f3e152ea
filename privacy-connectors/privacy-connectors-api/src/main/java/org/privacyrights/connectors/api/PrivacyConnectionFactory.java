package org.privacyrights.connectors.api;

import java.io.Serializable;

/** Any connector's factory: workflows look these up by their {@code java:app/privacy/...} names. */
public interface PrivacyConnectionFactory extends Serializable {

    PrivacyConnection getConnection() throws ConnectorException;
}

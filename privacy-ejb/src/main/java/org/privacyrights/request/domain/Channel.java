package org.privacyrights.request.domain;

/** How a request reached the organisation. */
public enum Channel {
    PORTAL,
    EMAIL,
    STAFF,
    API
}

package org.privacyrights.subject.domain;

/** What kind of identifier points at a data subject in the connected systems. */
public enum IdentityKind {
    EMAIL,
    /** A customer or user id in one named system. */
    CUSTOMER_ID
}

package org.privacyrights.audit.domain;

/** A record kept outside the chain whose seal an audit event repeats. */
public interface Sealed {

    Long id();

    /** The seal written with the record. */
    String seal();

    /** The seal of the record's content as it is now. */
    String computeSeal();

    /** What the vouching audit event must say, computed from the content as it is now. */
    String auditDetail();

    long auditSequence();
}

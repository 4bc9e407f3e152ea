package org.privacyrights.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.privacyrights.subject.domain.DataSubject;

public interface ConsentRepository {

    Optional<ConsentPurpose> purpose(String code);

    List<ConsentPurpose> purposes();

    void addPurpose(ConsentPurpose purpose);

    /** The stored notice with this text, stored now if it is new. */
    ConsentNotice notice(String body, Instant now);

    Optional<ConsentNotice> noticeByHash(String hash);

    /** Stores a sealed record that its audit event vouches for; it gets its id. */
    void append(ConsentRecord record);

    /** Makes {@code latest} the subject's current decision for its purpose. */
    void follow(ConsentRecord latest);

    /** The subject's current decision for the purpose, if they ever made one. */
    Optional<Boolean> decision(DataSubject subject, String purpose);

    /** Every record of the subject, oldest first. */
    List<ConsentRecord> history(DataSubject subject);

    /**
     * The hot path: the current decision for the subject known by this (normalised) email address. Empty when the
     * purpose does not exist; a check with no decision yet when the subject or its decision is unknown.
     */
    Optional<ConsentCheckRow> check(String email, String purpose);

    /** A row of the check query: the purpose exists; granted and record are null while nothing was decided. */
    record ConsentCheckRow(Boolean granted, Long recordId) {}
}

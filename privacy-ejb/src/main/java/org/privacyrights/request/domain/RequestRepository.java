package org.privacyrights.request.domain;

import java.util.List;
import java.util.Optional;
import org.privacyrights.subject.domain.DataSubject;

/** Where requests are kept. */
public interface RequestRepository {

    void store(PrivacyRequest request);

    Optional<PrivacyRequest> find(String publicId);

    /** The request filed by a system for its logged-in user whose address's owner holds this objection token. */
    Optional<PrivacyRequest> byObjectionTokenHash(String tokenHash);

    /** By the database id that records of other features keep. */
    Optional<PrivacyRequest> byId(Long id);

    /** The further identity whose owner's refusal link carries a token with this hash. */
    Optional<ProvenIdentity> identityByRefusalToken(String tokenHash);

    /** Oldest due first, then newest received. */
    default List<QueueRow> search(RequestFilter filter, int first, int max) {
        return search(filter, QueueOrder.dueFirst(), first, max);
    }

    List<QueueRow> search(RequestFilter filter, QueueOrder order, int first, int max);

    long count(RequestFilter filter);

    /** Ids of tasks of requests in progress that are pending, or whose runner's lease ran out. */
    List<Long> dueTaskIds(java.time.Instant now, int max);

    /** Takes a due task for this instance until {@code until}; false when another instance was first. */
    boolean claimTask(Long taskId, java.time.Instant now, java.time.Instant until);

    Optional<RequestTask> task(Long taskId);

    /** Extends the leases of tasks this instance is still running; a lease that already passed stays passed. */
    int renewLeases(java.util.Collection<Long> taskIds, java.time.Instant now, java.time.Instant until);

    /** Requests of those types in progress whose every task is done (or that need none), oldest first. */
    List<PrivacyRequest> readyToComplete(java.util.Collection<RequestType> types, int max);

    /** Completed requests whose time-limited restriction ends on or before {@code day} and is not lifted yet. */
    List<PrivacyRequest> restrictionsEndingBy(java.time.LocalDate day, int max);

    /**
     * Open requests (proven, not finished) whose effective due date is on or before {@code day} and that are not
     * flagged overdue yet: a flagged one needs nothing more from the deadline watch, and there can be many.
     */
    List<PrivacyRequest> unflaggedDueBy(java.time.LocalDate day);

    /** The subject's requests of that type that are still open and were received since {@code since}. */
    void storeNote(RequestNote note);

    /** The request's notes, oldest first. */
    List<RequestNote> notes(PrivacyRequest request);

    List<PrivacyRequest> openOfType(DataSubject subject, RequestType type, java.time.Instant since);
}

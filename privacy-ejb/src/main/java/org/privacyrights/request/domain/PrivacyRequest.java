package org.privacyrights.request.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.privacyrights.deadline.Deadline;
import org.privacyrights.deadline.DeadlineCalculator;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;

/**
 * A data subject's request to exercise one right. Every status change goes through {@link RequestLifecycle}; the
 * deadline follows Art. 12(3) and may be extended once, with a reason, while the first month runs.
 */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequest {

    public static final int MAX_DETAILS_LENGTH = 4000;
    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "privacy_request_seq", sequenceName = "privacy_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_request_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private DataSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 40)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from", length = 30)
    private RequestStatus pausedFrom;

    @Column(name = "contact_email", nullable = false, length = 320)
    private String contactEmail;

    @Column(length = MAX_DETAILS_LENGTH)
    private String details;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "nominal_due_date", nullable = false)
    private LocalDate nominalDueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "extended_due_date")
    private LocalDate extendedDueDate;

    @Column(name = "extension_reason", length = MAX_REASON_LENGTH)
    private String extensionReason;

    @Column(name = "extended_at")
    private OffsetDateTime extendedAt;

    @Column(name = "rejection_reason", length = MAX_REASON_LENGTH)
    private String rejectionReason;

    @Column(name = "duplicate_of", length = 36)
    private String duplicateOf;

    @Column(length = 100)
    private String assignee;

    /** The language the subject uses ("en", "de"): mails to them are written in it. */
    @Column(nullable = false, length = 8)
    private String language = "en";

    @Column(name = "rectification_attribute", length = 40)
    private String rectificationAttribute;

    @Column(name = "rectification_value", length = 200)
    private String rectificationValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_scope", length = 20)
    private ObjectionScope objectionScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_action", length = 30)
    private ObjectionAction objectionAction;

    @Column(name = "review_outcome", length = MAX_REASON_LENGTH)
    private String reviewOutcome;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "erasure_kept_categories", length = 1000)
    private String erasureKeptCategories;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(name = "overdue_flagged_at")
    private OffsetDateTime overdueFlaggedAt;

    /** The day a time-limited restriction or deactivation ends; null while it has no end. */
    @Column(name = "restricted_until")
    private LocalDate restrictedUntil;

    /** The outbox mail that tells the subject of the end; the lift waits until it was sent. */
    @Column(name = "lift_notice_mail_id")
    private Long liftNoticeMailId;

    @Column(name = "lift_started_at")
    private OffsetDateTime liftStartedAt;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    /** Hash of the token the subject follows the request with; set when the address is proven. */
    @Column(name = "subject_token_hash", length = 64)
    private String subjectTokenHash;

    /** When a decider's approval (or, for an objection to marketing, the law) started the work; null before. */
    @Column(name = "work_started_at")
    private OffsetDateTime workStartedAt;

    @Column(name = "cancellation_reason", length = MAX_REASON_LENGTH)
    private String cancellationReason;

    /** The system that vouched for the address as its logged-in user's; null when the address was proven. */
    @Column(name = "vouched_by", length = 100)
    private String vouchedBy;

    /** Hash of the token mailed to the address, with which its owner objects to a request filed in their name. */
    @Column(name = "objection_token_hash", length = 64)
    private String objectionTokenHash;

    /** When the request reached its final state: completed, rejected, cancelled or merged. */
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /**
     * Whether the status is an open one, kept beside it so that the queue's default view (open requests by due
     * date) is one ordered index range: a list of open statuses is not, on PostgreSQL. Every query for open
     * requests reads this flag.
     */
    /** Failed attempts to finish the request (build its archive, send its answer) since it last went to work. */
    @Column(name = "completion_failures", nullable = false)
    private int completionFailures;

    /** Why finishing it failed last, for staff. */
    @Column(name = "completion_error", length = 1000)
    private String completionError;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("systemName")
    private List<RequestTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("provenAt")
    private List<ProvenIdentity> furtherIdentities = new ArrayList<>();

    @Version
    private long version;

    protected PrivacyRequest() {}

    public PrivacyRequest(
            DataSubject subject,
            RequestType type,
            Channel channel,
            String contactEmail,
            String details,
            Deadline deadline,
            Instant receivedAt) {
        this.publicId = UUID.randomUUID().toString();
        this.subject = subject;
        this.type = type;
        this.channel = channel;
        this.contactEmail = contactEmail;
        this.details = details;
        this.status = RequestStatus.RECEIVED;
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.receivedOn = deadline.receivedOn();
        this.nominalDueDate = deadline.nominalEnd();
        this.dueDate = deadline.due();
        this.updatedAt = this.receivedAt;
    }

    /** The categories this erasure keeps, as staff decided for it (legal holds are kept whatever this says). */
    public void keepInErasure(java.util.Collection<String> categories) {
        if (type != RequestType.ERASURE) {
            throw new IllegalArgumentException("Only an erasure keeps categories, not " + type);
        }
        this.erasureKeptCategories = String.join(",", new java.util.TreeSet<>(categories));
    }

    /** Empty when the installation's default applies. */
    public Optional<java.util.Set<String>> erasureKeptCategories() {
        return Optional.ofNullable(erasureKeptCategories).map(kept -> java.util.Arrays.stream(kept.split(","))
                .filter(category -> !category.isBlank())
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** What an objection is against; other requests have none. */
    public void objectsTo(ObjectionScope scope) {
        if (type != RequestType.OBJECTION) {
            throw new IllegalArgumentException("Only an objection has a scope, not " + type);
        }
        this.objectionScope = scope;
    }

    /** What the mail system is to do for an upheld objection. */
    public void upholdObjectionBy(ObjectionAction action) {
        if (type != RequestType.OBJECTION) {
            throw new IllegalArgumentException("Only an objection is upheld, not " + type);
        }
        this.objectionAction = action;
    }

    /** The human reviewer's outcome of a contested automated decision (Art. 22(3)). */
    public void reviewed(String outcome, String reviewer) {
        if (type != RequestType.AUTOMATED_DECISION_REVIEW) {
            throw new IllegalArgumentException("Only a review of an automated decision has an outcome, not " + type);
        }
        this.reviewOutcome = outcome;
        this.reviewedBy = reviewer;
    }

    public Optional<ObjectionScope> objectionScope() {
        return Optional.ofNullable(objectionScope);
    }

    public Optional<ObjectionAction> objectionAction() {
        return Optional.ofNullable(objectionAction);
    }

    public Optional<String> reviewOutcome() {
        return Optional.ofNullable(reviewOutcome);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    /** Records the corrected value staff approved; only for a rectification, and before its work starts. */
    public void correct(String attribute, String value) {
        if (type != RequestType.RECTIFICATION) {
            throw new IllegalArgumentException("Only a rectification has a corrected value, not " + type);
        }
        this.rectificationAttribute = attribute;
        this.rectificationValue = value;
    }

    public Optional<String> rectificationAttribute() {
        return Optional.ofNullable(rectificationAttribute);
    }

    public Optional<String> rectificationValue() {
        return Optional.ofNullable(rectificationValue);
    }

    /** Marks that staff were reminded of the deadline; true the first time only. */
    public boolean remind(Instant now) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = now.atOffset(ZoneOffset.UTC);
        return true;
    }

    /** Marks the request overdue; true the first time only. */
    public boolean flagOverdue(Instant now) {
        if (overdueFlaggedAt != null) {
            return false;
        }
        overdueFlaggedAt = now.atOffset(ZoneOffset.UTC);
        return true;
    }

    public void writtenIn(String language) {
        this.language = language;
    }

    /**
     * Attaches the request to the subject its proven address belongs to. Until then it sits with a subject of its
     * own, so nobody reaches another person's records by naming their address.
     */
    public void belongsTo(DataSubject provenSubject) {
        this.subject = provenSubject;
    }

    public void grantSubjectToken(String tokenHash) {
        this.subjectTokenHash = tokenHash;
    }

    public Optional<String> subjectTokenHash() {
        return Optional.ofNullable(subjectTokenHash);
    }

    /** When the request reached its final state, if it has. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt).map(OffsetDateTime::toInstant);
    }

    public String language() {
        return language;
    }

    /** Moves to {@code next} if the lifecycle allows it. */
    public void moveTo(RequestStatus next, Instant now) {
        RequestLifecycle.check(status, next);
        if (next == RequestStatus.PAUSED) {
            pausedFrom = status;
        } else if (status == RequestStatus.PAUSED) {
            pausedFrom = null;
        }
        status = next;
        open = next.isOpen();
        if (next.isTerminal()) {
            closedAt = now.atOffset(ZoneOffset.UTC);
        }
        touch(now);
    }

    /** Continues where the request paused. */
    public RequestStatus resume(Instant now) {
        if (status != RequestStatus.PAUSED || pausedFrom == null) {
            throw new IllegalTransitionException(status, pausedFrom == null ? RequestStatus.IN_PROGRESS : pausedFrom);
        }
        RequestStatus target = pausedFrom;
        moveTo(target, now);
        return target;
    }

    public void reject(String reason, Instant now) {
        moveTo(RequestStatus.REJECTED, now);
        rejectionReason = reason;
    }

    /** What the request's state allows: the rules of {@link Workflow} applied to this request. */
    public Workflow.State workflowState() {
        return new Workflow.State(
                status,
                pausedFrom,
                workStartedAt != null,
                // What a retry runs again: a system that failed, or the finishing of a request whose systems are done.
                completionFailures > 0
                        || tasks.stream()
                                .anyMatch(task ->
                                        task.purpose() == TaskPurpose.APPLY && task.status() == TaskStatus.FAILED));
    }

    /**
     * Where the action leads from here.
     *
     * @throws ActionRefusedException when the request's state does not allow it
     * @throws DeciderRequiredException when only a decider may take it
     */
    public RequestStatus allows(StaffAction action, Authority authority) {
        return Workflow.target(action, authority, workflowState());
    }

    /**
     * Starts the work: in progress, with one task per system in the plan. A right carried out in systems is never
     * started with none, since a request without tasks would otherwise count as done at once.
     */
    public void startWork(Collection<String> systemNames, Instant now) {
        if (systemNames.isEmpty() && !answeredWithoutSystems()) {
            throw new IllegalArgumentException("No connected system carries out a " + type + " request");
        }
        moveTo(RequestStatus.IN_PROGRESS, now);
        workStartedAt = now.atOffset(ZoneOffset.UTC);
        planTasks(systemNames, now);
    }

    public Optional<Instant> workStartedAt() {
        return Optional.ofNullable(workStartedAt).map(OffsetDateTime::toInstant);
    }

    /**
     * Whether the request is answered from what the platform itself holds, with no task in any system: a request
     * for information (from the register) and an objection to marketing (the withdrawal is the work, done when the
     * address was proven; the mail system's lists are a task where there is a mail system).
     */
    public boolean answeredWithoutSystems() {
        return type == RequestType.INFORMATION
                || (type == RequestType.OBJECTION && objectionAction == ObjectionAction.UNSUBSCRIBE);
    }

    /**
     * Whether the work ran to its end: started, in progress, and every system's task done. A request that needs
     * systems and has no task is never done.
     */
    public boolean isWorkDone() {
        if (status != RequestStatus.IN_PROGRESS || workStartedAt == null) {
            return false;
        }
        List<RequestTask> applied = tasks.stream()
                .filter(task -> task.purpose() == TaskPurpose.APPLY)
                .toList();
        return applied.isEmpty()
                ? answeredWithoutSystems()
                : applied.stream().allMatch(task -> task.status() == TaskStatus.DONE);
    }

    /** Runs again the systems that failed; the ones done stay done and one still running is left to its runner. */
    public void retry(Authority authority, Instant now) {
        moveTo(allows(StaffAction.RETRY, authority), now);
        resetFailedTasks(now);
    }

    /** Cancels with the reason staff give; once work started, only a decider, and the subject is told. */
    public void cancel(Authority authority, String reason, Instant now) {
        moveTo(allows(StaffAction.CANCEL, authority), now);
        cancellationReason = reason;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    /**
     * Records that a system vouched for the address, and the hash of the token its owner may object with: the
     * address is told, since nobody proved it to the platform itself.
     */
    public void vouchedBy(String system, String objectionTokenHash) {
        this.vouchedBy = system;
        this.objectionTokenHash = objectionTokenHash;
    }

    public Optional<String> vouchedBy() {
        return Optional.ofNullable(vouchedBy);
    }

    /**
     * The address's owner says they did not ask for this request. Before its work starts it is cancelled; after,
     * it stays for staff to look at (false), since systems may be done.
     */
    public boolean disputeVouch(String reason, Instant now) {
        if (vouchedBy == null || status.isTerminal() || workStartedAt != null) {
            return false;
        }
        moveTo(RequestStatus.CANCELLED, now);
        cancellationReason = reason;
        objectionTokenHash = null;
        return true;
    }

    public void markDuplicateOf(PrivacyRequest original, Instant now) {
        moveTo(RequestStatus.DUPLICATE, now);
        duplicateOf = original.publicId();
    }

    /**
     * Extends the deadline once, by one or two months, while the first month runs.
     *
     * @throws ExtensionRefusedException when already extended, too late, closed, or without a reason
     */
    public void extend(int months, String reason, DeadlineCalculator calculator, LocalDate today, Instant now) {
        if (status.isTerminal()) {
            throw new ExtensionRefusedException("A " + status + " request cannot be extended");
        }
        if (extendedDueDate != null) {
            throw new ExtensionRefusedException("The deadline was already extended on " + extendedAt.toLocalDate());
        }
        if (reason == null || reason.isBlank()) {
            throw new ExtensionRefusedException("An extension needs the reasons that will be given to the subject");
        }
        Deadline original = originalDeadline();
        if (!calculator.mayExtendOn(original, today)) {
            throw new ExtensionRefusedException(
                    "The first month ended on " + original.due() + "; an extension is no longer possible");
        }
        extendedDueDate = calculator.extended(original, months).due();
        extensionReason = reason.strip();
        extendedAt = now.atOffset(ZoneOffset.UTC);
        touch(now);
    }

    /**
     * Whether more identities may be proven for this request: once its address is proven and before its work
     * starts, so that every system's work covers the same identities.
     */
    public boolean acceptsFurtherIdentities() {
        return status == RequestStatus.AWAITING_APPROVAL || status == RequestStatus.PAUSED;
    }

    /**
     * Adds an identity the requester proved through its own channel and returns it; a repeat adds nothing and
     * returns nothing.
     */
    public java.util.Optional<ProvenIdentity> addProvenIdentity(
            IdentityKind kind, String system, String value, Instant now) {
        if (!acceptsFurtherIdentities()) {
            throw new IllegalStateException("A " + status + " request takes no further identities");
        }
        if (furtherIdentities.stream().anyMatch(identity -> identity.isSameAs(kind, system, value))) {
            return java.util.Optional.empty();
        }
        ProvenIdentity added = new ProvenIdentity(this, kind, system, value, now);
        furtherIdentities.add(added);
        return java.util.Optional.of(added);
    }

    /**
     * Takes a further identity off the request, as its owner asked, while no work has started: in a state in which
     * identities join, and before any system's task was tried (a request paused during its work has tasks that
     * ran). Afterwards the work already covers it, and false says so.
     */
    public boolean detachIdentity(ProvenIdentity identity, Instant now) {
        boolean workStarted =
                tasks.stream().anyMatch(task -> task.status() != TaskStatus.PENDING || task.attempts() > 0);
        if (!acceptsFurtherIdentities() || workStarted || !furtherIdentities.contains(identity)) {
            return false;
        }
        furtherIdentities.remove(identity);
        touch(now);
        return true;
    }

    public List<ProvenIdentity> furtherIdentities() {
        return List.copyOf(furtherIdentities);
    }

    /** Creates one pending task per connected system that has none yet. */
    public void planTasks(Collection<String> systemNames, Instant now) {
        for (String system : systemNames) {
            if (task(system).isEmpty()) {
                tasks.add(new RequestTask(this, system, TaskPurpose.APPLY, now));
            }
        }
    }

    /**
     * Whether what this request did may end by itself: a restriction, or an objection to processing that stopped it
     * or disabled the account. An objection to direct marketing is absolute and never ends.
     */
    public boolean mayBeTimeLimited() {
        return type == RequestType.RESTRICTION
                || (type == RequestType.OBJECTION
                        && objectionScope != ObjectionScope.MARKETING
                        && objectionAction != ObjectionAction.UNSUBSCRIBE);
    }

    /**
     * Sets (or moves) the day the restriction ends, until its lift has started. A moved end is announced anew.
     *
     * @throws IllegalArgumentException when this request cannot end so, or the day has passed
     */
    public void restrictUntil(LocalDate endsOn, LocalDate today) {
        if (!mayBeTimeLimited()) {
            throw new IllegalArgumentException("A " + type + " request restricts nothing that could end");
        }
        if (status.isTerminal() && status != RequestStatus.COMPLETED) {
            throw new IllegalArgumentException("A " + status + " request restricts nothing");
        }
        if (liftStartedAt != null) {
            throw new IllegalArgumentException("The restriction is already being lifted");
        }
        if (endsOn.isBefore(today)) {
            throw new IllegalArgumentException("The end " + endsOn + " has passed");
        }
        restrictedUntil = endsOn;
        liftNoticeMailId = null;
    }

    public Optional<LocalDate> restrictedUntil() {
        return Optional.ofNullable(restrictedUntil);
    }

    /** The mail that announced the end to the subject. */
    public void liftAnnounced(Long noticeMailId) {
        this.liftNoticeMailId = noticeMailId;
    }

    public Optional<Long> liftNoticeMailId() {
        return Optional.ofNullable(liftNoticeMailId);
    }

    /** Plans the lift in every system the restriction ran in; only once, and only after the notice. */
    public void startLift(Instant now) {
        if (restrictedUntil == null || liftNoticeMailId == null || liftStartedAt != null) {
            throw new IllegalStateException("Request " + publicId + " has no announced restriction end to lift");
        }
        List<String> restricted = tasks.stream()
                .filter(task -> task.purpose() == TaskPurpose.APPLY)
                .map(RequestTask::systemName)
                .toList();
        restricted.forEach(system -> tasks.add(new RequestTask(this, system, TaskPurpose.LIFT, now)));
        liftStartedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Marks the restriction lifted once every system lifted it; true the first time. */
    public boolean liftedIfDone(Instant now) {
        boolean done = liftStartedAt != null
                && tasks.stream()
                        .filter(task -> task.purpose() == TaskPurpose.LIFT)
                        .allMatch(task -> task.status() == TaskStatus.DONE);
        if (!done || liftedAt != null) {
            return false;
        }
        liftedAt = now.atOffset(ZoneOffset.UTC);
        return true;
    }

    public boolean isLiftStarted() {
        return liftStartedAt != null;
    }

    public Optional<Instant> liftedAt() {
        return Optional.ofNullable(liftedAt).map(OffsetDateTime::toInstant);
    }

    /** Sets failed lift tasks back to pending: a lift has no one waiting on it, so it is retried by itself. */
    public void retryFailedLift(Instant now) {
        tasks.stream()
                .filter(task -> task.purpose() == TaskPurpose.LIFT && task.status() == TaskStatus.FAILED)
                .forEach(task -> task.resetIfFailed(now));
    }

    /**
     * Sets failed tasks back to pending; done ones stay done, running ones stay with their runner. Finishing the
     * request is tried afresh, with its attempts given back.
     */
    private void resetFailedTasks(Instant now) {
        tasks.stream()
                .filter(task -> task.purpose() == TaskPurpose.APPLY && task.status() == TaskStatus.FAILED)
                .forEach(task -> task.resetIfFailed(now));
        completionFailures = 0;
    }

    /**
     * Records a failed attempt to finish the request whose systems are all done. After {@code maxAttempts} of
     * them in a row it is in error with the reason, instead of being tried for ever; answers whether it now is.
     */
    public boolean completionFailed(String reason, int maxAttempts, Instant now) {
        completionFailures++;
        completionError = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        touch(now);
        if (completionFailures >= maxAttempts && status == RequestStatus.IN_PROGRESS) {
            moveTo(RequestStatus.ERROR, now);
            return true;
        }
        return false;
    }

    public int completionFailures() {
        return completionFailures;
    }

    public Optional<String> completionError() {
        return Optional.ofNullable(completionError);
    }

    public Optional<RequestTask> task(String systemName) {
        return tasks.stream()
                .filter(t -> t.purpose() == TaskPurpose.APPLY && t.systemName().equals(systemName))
                .findFirst();
    }

    public void assignTo(String staffUser, Instant now) {
        assignee = staffUser;
        touch(now);
    }

    public Deadline originalDeadline() {
        return new Deadline(receivedOn, nominalDueDate, dueDate);
    }

    /** The day the answer is due, after any extension. */
    public LocalDate effectiveDueDate() {
        return extendedDueDate != null ? extendedDueDate : dueDate;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && day.isAfter(effectiveDueDate());
    }

    private void touch(Instant now) {
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public DataSubject subject() {
        return subject;
    }

    public RequestType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public RequestStatus status() {
        return status;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    public Instant receivedAt() {
        return receivedAt.toInstant();
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Optional<LocalDate> extendedDueDate() {
        return Optional.ofNullable(extendedDueDate);
    }

    public Optional<String> extensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<String> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    /** The tasks by system name, also for tasks planned in this transaction and not yet read back. */
    public List<RequestTask> tasks() {
        return tasks.stream()
                .sorted(Comparator.comparing(RequestTask::systemName))
                .toList();
    }
}

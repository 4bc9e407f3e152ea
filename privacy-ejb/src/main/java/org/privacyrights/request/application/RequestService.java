package org.privacyrights.request.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.privacyrights.apiclient.application.ApiClients;
import org.privacyrights.apiclient.domain.ApiClient;
import org.privacyrights.apiclient.domain.ApiClientRepository;
import org.privacyrights.apiclient.domain.ApiScope;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.deadline.DeadlineCalculator;
import org.privacyrights.fulfilment.domain.TaskPlan;
import org.privacyrights.fulfilment.domain.WorkAvailable;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.platform.NotPermittedException;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.Authority;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.ObjectionAction;
import org.privacyrights.request.domain.ObjectionScope;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestNote;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.domain.StaffAction;
import org.privacyrights.request.infrastructure.IdempotencyRecord;
import org.privacyrights.request.infrastructure.IdempotencyRecords;
import org.privacyrights.security.Roles;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;
import org.privacyrights.subject.domain.SubjectIdentity;
import org.privacyrights.subject.domain.SubjectRepository;
import org.privacyrights.verification.application.RateLimiter;
import org.privacyrights.verification.application.VerificationResult;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * Every change to a request: submission by anyone, and the staff actions on it. Each method is one transaction
 * that changes the request and appends its audit event, or does neither.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR, Roles.SUBJECT})
public class RequestService {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    @Inject
    RequestRepository requests;

    @Inject
    SubjectRepository subjects;

    @Inject
    IdempotencyRecords idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    RequestVerification verification;

    @Inject
    SubjectNotices notices;

    @Inject
    WorkPlanner planner;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerificationSettings verificationSettings;

    @Inject
    Event<VerificationNeeded> verificationNeeded;

    @Inject
    Event<WorkAvailable> work;

    @Inject
    ApiClientRepository apiClients;

    /**
     * Records a new request. An unknown address creates a new, unverified subject; a known one is linked. Either
     * way the answer is the same. With an idempotency key, a repeat of the same body returns the first receipt.
     */
    @PermitAll
    public RequestReceipt submit(@NotNull @Valid SubmitRequest submission, String idempotencyKey) {
        return submit(submission, idempotencyKey, null);
    }

    /**
     * Records a new request from a client at {@code clientAddress} (counted against its rate limit; null where
     * there is no such client, as for mail). Every request starts with a subject of its own, whether or not the
     * address is known, so that the work done, and the time it takes, does not tell the two apart; it joins the
     * address's subject only once the address is proven. Anything not entered by staff then waits for that proof,
     * and a code goes to the address.
     */
    @PermitAll
    public RequestReceipt submit(
            @NotNull @Valid SubmitRequest submission, String idempotencyKey, String clientAddress) {
        String fingerprint = fingerprint(submission);
        Optional<IdempotencyRecord> earlier = earlierWithKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        if (submission.channel() != Channel.STAFF) {
            rateLimiter.consume(verificationSettings.submissionsPerIp(), clientAddress);
        }
        PrivacyRequest request = record(submission);
        if (submission.channel() != Channel.STAFF) {
            // Everything that did not come from staff must prove control of the address first.
            request.moveTo(RequestStatus.IDENTITY_UNVERIFIED, clock.instant());
            audit(request, "STATUS_CHANGED", RequestStatus.IDENTITY_UNVERIFIED.name());
            verificationNeeded.fire(new VerificationNeeded(request));
        }
        remember(idempotencyKey, fingerprint, request);
        return new RequestReceipt(request.publicId(), request.status().name());
    }

    /**
     * A request another system makes for its logged-in user: that system's session proves the address (it knows
     * the user by it), so no code is mailed. Only a key granted the vouching scope may, only for an address in the
     * domains that key speaks for, and the address is still told: a mail to it names the system and carries a link
     * with which its owner stops a request they did not make. The request goes on as one whose address was just
     * proven; the answer carries the subject token, shown this once, for the system to show the request's
     * progress.
     */
    @RolesAllowed(Roles.SCOPE_VOUCH)
    public VerificationResult submitForLoggedInUser(@NotNull @Valid SubmitRequest submission, String idempotencyKey) {
        ApiClient vouching = vouchingClient(submission.email());
        String fingerprint = fingerprint(submission);
        Optional<IdempotencyRecord> earlier = earlierWithKey(idempotencyKey);
        if (earlier.isPresent()) {
            RequestReceipt first = replay(earlier.get(), fingerprint);
            return new VerificationResult(true, first.id(), first.status(), null);
        }
        PrivacyRequest request = record(submission);
        audit(request, "IDENTITY_VOUCHED", "the address is logged in at " + actor());
        String subjectToken = verificationSettings.secrets().newToken();
        request.grantSubjectToken(VerificationSecrets.tokenHash(subjectToken));
        String objectionToken = verificationSettings.secrets().newToken();
        String system = vouching.vouchSystem().orElseThrow();
        request.vouchedBy(system, VerificationSecrets.tokenHash(objectionToken));
        notices.vouched(request, system, verificationSettings.baseUrl() + "api/v1/vouched-requests/" + objectionToken);
        RequestStatus status = verification.confirm(request, actor());
        remember(idempotencyKey, fingerprint, request);
        return new VerificationResult(true, request.publicId(), status.name(), subjectToken);
    }

    /** The calling key's client, if it may vouch for this address; refused with the domains it speaks for. */
    private ApiClient vouchingClient(String address) {
        String principal = actor();
        Optional<ApiClient> client = principal.startsWith(ApiClients.SYSTEM_PREFIX)
                ? apiClients
                        .byName(principal.substring(ApiClients.SYSTEM_PREFIX.length()))
                        .filter(ApiClient::isActive)
                        .filter(known -> known.has(ApiScope.VOUCH_FOR_LOGGED_IN_USER))
                : Optional.empty();
        if (client.isEmpty()) {
            throw new NotPermittedException("This key may not vouch for logged-in users");
        }
        if (!client.get().speaksFor(SubjectIdentity.normalize(IdentityKind.EMAIL, address))) {
            throw new NotPermittedException("This key vouches only for addresses in "
                    + String.join(", ", client.get().vouchDomains()) + "; the address is outside them");
        }
        return client.get();
    }

    private Optional<IdempotencyRecord> earlierWithKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw new InvalidInputException(
                    "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        return idempotency.find(idempotencyKey);
    }

    /** Stores the request with a subject of its own; it joins the address's subject once the address is proven. */
    private PrivacyRequest record(SubmitRequest submission) {
        Instant now = clock.instant();
        DataSubject subject = new DataSubject(now);
        subjects.store(subject);
        DeadlineCalculator calculator = settings.deadlineCalculator();
        PrivacyRequest request = new PrivacyRequest(
                subject,
                submission.type(),
                submission.channel(),
                SubjectIdentity.normalize(IdentityKind.EMAIL, submission.email()),
                blankToNull(submission.details()),
                calculator.responseDeadline(now),
                now);
        request.writtenIn(submission.languageOrDefault());
        if (submission.type() == RequestType.OBJECTION) {
            request.objectsTo(submission.objection() == null ? ObjectionScope.PROCESSING : submission.objection());
        }
        requests.store(request);
        audit(request, "REQUEST_RECEIVED", submission.type() + " via " + submission.channel());
        return request;
    }

    private void remember(String idempotencyKey, String fingerprint, PrivacyRequest request) {
        if (idempotencyKey != null) {
            idempotency.store(new IdempotencyRecord(idempotencyKey, fingerprint, request.publicId(), clock.instant()));
        }
    }

    /** Returns the first receipt of an idempotent repeat, or refuses a different body under the same key. */
    @PermitAll
    public RequestReceipt replay(String idempotencyKey, @NotNull @Valid SubmitRequest submission) {
        IdempotencyRecord earlier =
                idempotency.find(idempotencyKey).orElseThrow(() -> new NotFoundException("Idempotency-Key"));
        return replay(earlier, fingerprint(submission));
    }

    private RequestReceipt replay(IdempotencyRecord earlier, String fingerprint) {
        if (!earlier.bodyFingerprint().equals(fingerprint)) {
            throw new IdempotencyConflictException();
        }
        PrivacyRequest request = load(earlier.requestPublicId());
        return new RequestReceipt(request.publicId(), request.status().name());
    }

    /** Staff confirm that the requester controls the contact address (e.g. checked in person or by phone). */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails verifyIdentity(@NotBlank String requestId) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.VERIFY, authority());
        verification.confirm(request, actor());
        return details(request);
    }

    /** The point of no return: the work in every connected system is planned and may start. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails approve(@NotBlank String requestId) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.APPROVE, authority());
        if (request.type() == RequestType.RECTIFICATION
                && request.rectificationValue().isEmpty()) {
            throw new InvalidInputException(
                    "attribute", "A rectification is approved with the corrected value (approve-rectification)");
        }
        if (request.type() == RequestType.OBJECTION || request.type() == RequestType.AUTOMATED_DECISION_REVIEW) {
            throw new InvalidInputException(
                    "type", "An objection is decided (decide-objection), a contested decision reviewed (review)");
        }
        planner.start(request, actor());
        return details(request);
    }

    /**
     * Approves a rectification with what staff found to be right: the attribute and its corrected value, applied in
     * every system that holds it. Contact details are never changed this way.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails approveRectification(
            @NotBlank String requestId, String attribute, @Size(max = 200) String correctedValue) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.APPROVE, authority());
        if (request.type() != RequestType.RECTIFICATION) {
            throw new InvalidInputException("type", "Request " + requestId + " is a " + request.type());
        }
        if (attribute == null || !TaskPlan.CORRECTABLE.contains(attribute)) {
            throw new InvalidInputException(
                    "attribute", "A request can correct " + TaskPlan.CORRECTABLE + "; contact details never");
        }
        if (correctedValue == null || correctedValue.isBlank()) {
            throw new InvalidInputException("value", "The corrected value is required");
        }
        request.correct(attribute, correctedValue.strip());
        audit(request, "RECTIFICATION_APPROVED", attribute);
        planner.start(request, actor());
        return details(request);
    }

    /**
     * Approves an erasure with the categories staff decided to keep for it (e.g. none: the subject's messages in
     * colleagues' mailboxes go too). Legal holds are kept whatever the choice; the answer lists what was kept.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails approveErasure(@NotBlank String requestId, @NotNull java.util.Set<String> keptCategories) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.APPROVE, authority());
        if (request.type() != RequestType.ERASURE) {
            throw new InvalidInputException("type", "Request " + requestId + " is a " + request.type());
        }
        for (String category : keptCategories) {
            if (category == null || !category.matches("[a-z0-9.-]{1,100}")) {
                throw new InvalidInputException("keep", "'" + category + "' is not a data category");
            }
        }
        request.keepInErasure(keptCategories);
        audit(request, "ERASURE_SCOPE_SET", "keeps " + new java.util.TreeSet<>(keptCategories));
        planner.start(request, actor());
        return details(request);
    }

    /**
     * Weighs an objection to processing (Art. 21(1)) with a reason either way. Upheld, processing stops in every
     * system, or, where staff decide so, the mail account is disabled; refused, the subject is told why and where
     * to complain.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails decideObjection(
            @NotBlank String requestId, boolean upheld, String reason, boolean disableAccount) {
        PrivacyRequest request = load(requestId);
        if (request.type() != RequestType.OBJECTION) {
            throw new InvalidInputException("type", "Request " + requestId + " is a " + request.type());
        }
        String why = requireReason(reason);
        request.allows(upheld ? StaffAction.APPROVE : StaffAction.REJECT, authority());
        if (!upheld) {
            request.reject(why, clock.instant());
            audit(request, "OBJECTION_REFUSED", RequestStatus.REJECTED.name());
            notices.rejected(request);
            return details(request);
        }
        request.upholdObjectionBy(disableAccount ? ObjectionAction.DISABLE_ACCOUNT : ObjectionAction.STOP_PROCESSING);
        audit(
                request,
                "OBJECTION_UPHELD",
                request.objectionAction().orElseThrow().name());
        planner.start(request, actor());
        return details(request);
    }

    /**
     * Sets the day a restriction, a stopped processing or a disabled account ends (e.g. once the contested data is
     * checked); today lifts it as soon as the subject has been told (Art. 18(3)). It can be moved until the lift
     * starts; a moved end is announced anew.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails limitRestriction(@NotBlank String requestId, @NotNull LocalDate endsOn) {
        PrivacyRequest request = load(requestId);
        try {
            request.restrictUntil(endsOn, settings.deadlineCalculator().receivedOn(clock.instant()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("endsOn", e.getMessage());
        }
        audit(request, "RESTRICTION_LIMITED", "ends " + endsOn);
        return details(request);
    }

    /** A human reviewer's outcome of a contested automated decision (Art. 22(3)); the subject is told it. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails recordReview(@NotBlank String requestId, String outcome) {
        PrivacyRequest request = load(requestId);
        if (request.type() != RequestType.AUTOMATED_DECISION_REVIEW) {
            throw new InvalidInputException("type", "Request " + requestId + " is a " + request.type());
        }
        Instant now = clock.instant();
        move(request, RequestStatus.IN_PROGRESS, now);
        request.reviewed(requireReason(outcome), actor());
        audit(request, "DECISION_REVIEWED", "by staff");
        notices.reviewed(request);
        move(request, RequestStatus.COMPLETED, now);
        return details(request);
    }

    /** Art. 12(4): a refusal states its reason, which the subject is told with the right to complain. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails deny(@NotBlank String requestId, String reason) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.REJECT, authority());
        request.reject(requireReason(reason), clock.instant());
        audit(request, "REQUEST_REJECTED", RequestStatus.REJECTED.name());
        notices.rejected(request);
        return details(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public RequestDetails extend(@NotBlank String requestId, int months, String reason) {
        PrivacyRequest request = load(requestId);
        Instant now = clock.instant();
        DeadlineCalculator calculator = settings.deadlineCalculator();
        try {
            request.extend(months, requireReason(reason), calculator, calculator.receivedOn(now), now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("months", e.getMessage());
        }
        audit(request, "DEADLINE_EXTENDED", "+" + months + " months to " + request.effectiveDueDate());
        notices.extended(request, months);
        return details(request);
    }

    /**
     * Ends a request without an answer, with a reason. Before its work starts any member of staff who works on
     * requests may; once it started (some systems may be done), only an administrator or the DPO, after the work
     * was stopped (paused or in error), and the subject is told what was done and why the rest was not.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails cancel(@NotBlank String requestId, String reason) {
        PrivacyRequest request = load(requestId);
        String why = requireReason(reason);
        boolean started = request.workStartedAt().isPresent();
        request.cancel(authority(), why, clock.instant());
        audit(request, "STATUS_CHANGED", RequestStatus.CANCELLED.name());
        if (started) {
            audit(request, "STARTED_WORK_CANCELLED", "by a decider, the subject told");
            notices.cancelled(request);
        }
        return details(request);
    }

    /**
     * Resumes a request in error at the systems that failed; systems that finished are not touched again, and a
     * request that is not in error (a paused one is resumed) has nothing to retry.
     */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails retry(@NotBlank String requestId) {
        PrivacyRequest request = load(requestId);
        request.retry(authority(), clock.instant());
        audit(request, "STATUS_CHANGED", request.status().name());
        work.fire(new WorkAvailable(request.publicId()));
        return details(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails pause(@NotBlank String requestId) {
        PrivacyRequest request = load(requestId);
        move(request, request.allows(StaffAction.PAUSE, authority()), clock.instant());
        return details(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails resume(@NotBlank String requestId) {
        PrivacyRequest request = load(requestId);
        request.allows(StaffAction.RESUME, authority());
        RequestStatus resumed = request.resume(clock.instant());
        audit(request, "STATUS_CHANGED", resumed.name());
        work.fire(new WorkAvailable(request.publicId()));
        return details(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public RequestDetails assign(@NotBlank String requestId, @NotBlank @Size(max = 100) String staffUser) {
        PrivacyRequest request = load(requestId);
        request.assignTo(staffUser, clock.instant());
        audit(request, "REQUEST_ASSIGNED", "to " + staffUser);
        return details(request);
    }

    /** Assigns several requests at once, all or none: an unknown one leaves every other as it was. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public int assignAll(@NotEmpty List<@NotBlank String> requestIds, @NotBlank @Size(max = 100) String staffUser) {
        for (String requestId : requestIds) {
            assign(requestId, staffUser);
        }
        return requestIds.size();
    }

    /** A working note on the request; the audit trail records that one was written, not what it says. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT})
    public NoteView addNote(@NotBlank String requestId, @NotBlank @Size(max = RequestNote.MAX_LENGTH) String text) {
        PrivacyRequest request = load(requestId);
        RequestNote note = new RequestNote(request, actor(), text.strip(), clock.instant());
        requests.storeNote(note);
        audit(request, "NOTE_ADDED", null);
        return NoteView.of(note);
    }

    /** Deciders approve, refuse and stop started work; everyone else who works on requests is a caseworker. */
    private Authority authority() {
        return context.isCallerInRole(Roles.ADMIN) || context.isCallerInRole(Roles.DPO)
                ? Authority.DECIDER
                : Authority.CASEWORKER;
    }

    private void move(PrivacyRequest request, RequestStatus next, Instant now) {
        request.moveTo(next, now);
        audit(request, "STATUS_CHANGED", next.name());
    }

    private void audit(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                actor(), action, request.publicId(), request.subject().publicId(), detail));
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equals(name) ? "subject" : name;
    }

    private PrivacyRequest load(String requestId) {
        return requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
    }

    private RequestDetails details(PrivacyRequest request) {
        LocalDate today = settings.deadlineCalculator().receivedOn(clock.instant());
        return RequestAssembler.details(request, today);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "A reason is required");
        }
        if (reason.length() > PrivacyRequest.MAX_REASON_LENGTH) {
            throw new InvalidInputException(
                    "reason", "A reason has at most " + PrivacyRequest.MAX_REASON_LENGTH + " characters");
        }
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Identifies a body for idempotency: same right, same address, same details, same channel. */
    static String fingerprint(SubmitRequest submission) {
        String canonical = submission.type() + "\n"
                + SubjectIdentity.normalize(IdentityKind.EMAIL, submission.email()) + "\n"
                + submission.channel() + "\n"
                + (submission.details() == null ? "" : submission.details().strip());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

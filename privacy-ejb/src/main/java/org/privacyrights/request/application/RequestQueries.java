package org.privacyrights.request.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.privacyrights.audit.domain.AuditRepository;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.fulfilment.application.ErasurePolicies;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.QueueOrder;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.security.Roles;

/** The staff's read side of requests. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
public class RequestQueries {

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    RequestRepository requests;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Inject
    ErasurePolicies policies;

    @Inject
    AuditRepository audit;

    @Inject
    SubjectAccess access;

    public RequestDetails get(String requestId) {
        return requests.find(requestId)
                .map(request -> RequestAssembler.details(request, today()))
                .orElseThrow(() -> new NotFoundException("Request " + requestId));
    }

    /**
     * The request with its history, notes and, for an erasure, what it keeps: what the staff's page of a request
     * shows, in one call (the page asks for it on every load and, while work runs, every two seconds).
     */
    public RequestWorkspace workspace(String requestId) {
        PrivacyRequest request =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
        return new RequestWorkspace(
                RequestAssembler.details(request, today()),
                timeline(request),
                notes(request),
                request.type() == RequestType.ERASURE ? policies.forRequest(request.erasureKeptCategories()) : null);
    }

    /** The request's history from the audit trail, oldest first. */
    public List<TimelineEntry> timeline(String requestId) {
        return timeline(requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId)));
    }

    private List<TimelineEntry> timeline(PrivacyRequest request) {
        return audit.forRequest(request.publicId()).stream()
                .map(event -> new TimelineEntry(
                        event.sequence(),
                        event.occurredAt(),
                        event.actor(),
                        event.action(),
                        event.systemName().orElse(null),
                        event.detail().orElse(null)))
                .toList();
    }

    /** The staff's working notes on the request, oldest first. */
    public List<NoteView> notes(String requestId) {
        return notes(requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId)));
    }

    private List<NoteView> notes(PrivacyRequest request) {
        return requests.notes(request).stream().map(NoteView::of).toList();
    }

    /** What an erasure keeps unless staff decide otherwise for a request: legal holds and default categories. */
    public ErasurePolicy erasurePolicy() {
        return policies.standard();
    }

    /** What an erasure request keeps: the legal holds, and the kept categories chosen for it or the default. */
    public ErasurePolicy erasurePolicy(String requestId) {
        PrivacyRequest request =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("Request " + requestId));
        return policies.forRequest(request.erasureKeptCategories());
    }

    /**
     * The subject's view of a request, for the bearer of the token they got when they proved their address. An
     * unknown request and a wrong token give the same answer.
     */
    @PermitAll
    public SubjectRequestView forSubject(String requestId, String subjectToken) {
        return RequestAssembler.subjectView(access.ownRequest(requestId, subjectToken), today());
    }

    public RequestPage list(@NotNull RequestFilter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page starts at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size is 1 to " + MAX_PAGE_SIZE);
        }
        return new RequestPage(rows(filter, page, size), requests.count(filter), page, size);
    }

    /** A page of the queue without its total, for a pager that counts separately. */
    public List<RequestSummary> rows(@NotNull RequestFilter filter, int page, int size) {
        return rows(filter, QueueOrder.dueFirst(), page, size);
    }

    /** A page of the queue in the given order. */
    public List<RequestSummary> rows(@NotNull RequestFilter filter, @NotNull QueueOrder order, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "page starts at 0, size is 1 to " + MAX_PAGE_SIZE);
        }
        LocalDate today = today();
        return requests.search(filter, order, page * size, size).stream()
                .map(row -> RequestAssembler.summary(row, today))
                .toList();
    }

    /** How many requests match, for a pager that needs only the number. */
    public long count(@NotNull RequestFilter filter) {
        return requests.count(filter);
    }

    private LocalDate today() {
        return settings.deadlineCalculator().receivedOn(clock.instant());
    }
}

package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.export.application.ExportContents;
import org.privacyrights.export.application.ExportView;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.application.NoteView;
import org.privacyrights.request.application.RequestDetails;
import org.privacyrights.request.application.RequestPage;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.TimelineEntry;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestStatus;

/** The staff's queue and actions. Who may do what is decided by the EJB boundary's roles. */
@Path("admin/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "staff")
public class AdminRequestResource {

    @EJB
    RequestService requests;

    @EJB
    RequestQueries queries;

    @EJB
    ExportContents exportContents;

    @GET
    @Operation(summary = "The request queue, filtered and paged; oldest due first")
    public RequestPage list(
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("channel") String channel,
            @QueryParam("assignee") String assignee,
            @QueryParam("open") Boolean open,
            @QueryParam("dueBy") String dueBy,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        RequestFilter filter = new RequestFilter(
                parse(RequestStatus.class, "status", status),
                type == null ? null : RequestResource.parseType(type),
                parse(Channel.class, "channel", channel),
                assignee,
                open,
                parseDate(dueBy));
        return queries.list(filter, page, size);
    }

    @GET
    @Path("{id}")
    public RequestDetails get(@PathParam("id") String id) {
        return queries.get(id);
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Confirm that the requester controls the contact address")
    public RequestDetails verify(@PathParam("id") String id) {
        return requests.verifyIdentity(id);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve: the work in every connected system is planned and starts")
    public RequestDetails approve(@PathParam("id") String id) {
        return requests.approve(id);
    }

    @POST
    @Path("{id}/approve-rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a rectification with the corrected value, applied in every system that holds it")
    public RequestDetails approveRectification(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid RectificationBody body) {
        return requests.approveRectification(id, body.attribute, body.value);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The request's history from the audit trail, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") String id) {
        return queries.timeline(id);
    }

    @GET
    @Path("erasure-policy")
    @Operation(summary = "What an erasure keeps unless decided otherwise: legal holds with reasons, default categories")
    public ErasurePolicy erasurePolicy() {
        return queries.erasurePolicy();
    }

    @POST
    @Path("{id}/approve-erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve an erasure keeping the categories given (legal holds are kept whatever they are)")
    public RequestDetails approveErasure(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ErasureScopeBody body) {
        return requests.approveErasure(id, body.keep);
    }

    @POST
    @Path("{id}/decide-objection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Weigh an objection to processing: uphold it (stop processing or disable the mail account)"
                    + " or refuse it, with a reason either way")
    public RequestDetails decideObjection(
            @PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid ObjectionDecisionBody body) {
        return requests.decideObjection(id, body.upheld, body.reason, body.disableAccount);
    }

    @PUT
    @Path("{id}/restriction-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set or move the day a restriction, stopped processing or disabled account ends; the subject is"
                    + " told before every system lifts it")
    public RequestDetails limitRestriction(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid RestrictionEndBody body) {
        LocalDate endsOn;
        try {
            endsOn = LocalDate.parse(body.endsOn);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("endsOn", "'" + body.endsOn + "' is not a day of the calendar");
        }
        return requests.limitRestriction(id, endsOn);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the human review of a contested automated decision; the subject is told")
    public RequestDetails review(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ReviewBody body) {
        return requests.recordReview(id, body.outcome);
    }

    @POST
    @Path("{id}/deny")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails deny(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ReasonBody body) {
        return requests.deny(id, body.reason);
    }

    @POST
    @Path("{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails extend(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ExtendBody body) {
        return requests.extend(id, body.months, body.reason);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails cancel(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid ReasonBody body) {
        return requests.cancel(id, body.reason);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Resume a request in error at the systems that failed")
    public RequestDetails retry(@PathParam("id") String id) {
        return requests.retry(id);
    }

    @POST
    @Path("{id}/pause")
    public RequestDetails pause(@PathParam("id") String id) {
        return requests.pause(id);
    }

    @POST
    @Path("{id}/resume")
    public RequestDetails resume(@PathParam("id") String id) {
        return requests.resume(id);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestDetails assign(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid AssignBody body) {
        return requests.assign(id, body.assignee);
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign several requests to one staff member at once, all or none")
    public BulkAssignBody.Result assignAll(@NotNull(message = "a JSON body is required") @Valid BulkAssignBody body) {
        return new BulkAssignBody.Result(requests.assignAll(body.requestIds, body.assignee));
    }

    @GET
    @Path("{id}/notes")
    public List<NoteView> notes(@PathParam("id") String id) {
        return queries.notes(id);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a working note to the request")
    public Response addNote(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid NoteBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(requests.addNote(id, body.text))
                .build();
    }

    @GET
    @Path("{id}/export-contents")
    @Operation(summary = "What the request's export holds per system, before the subject downloads it; 404 if none")
    public ExportView exportContents(@PathParam("id") String id) {
        return exportContents.contents(id).orElseThrow(() -> new NotFoundException("An export of " + id));
    }

    @GET
    @Path("{id}/erasure-policy")
    @Operation(summary = "What an erasure request keeps: legal holds and kept categories")
    public ErasurePolicy erasurePolicy(@PathParam("id") String id) {
        return queries.erasurePolicy(id);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dueBy", "must be a date like 2027-01-31");
        }
    }
}

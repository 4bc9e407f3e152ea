package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.export.application.ExportContents;
import org.privacyrights.export.application.ExportView;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.request.application.NoteView;
import org.privacyrights.request.application.RequestDetails;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.RequestWorkspace;
import org.privacyrights.request.application.TaskProgress;
import org.privacyrights.request.application.TimelineEntry;
import org.privacyrights.request.domain.DeciderRequiredException;
import org.privacyrights.request.domain.ExtensionRefusedException;
import org.privacyrights.request.domain.IllegalTransitionException;

/**
 * One request as staff work on it: where it stands, each system's progress (refreshed while work runs), its
 * history from the audit trail, and the actions the staff member's role allows. The boundary beans check every
 * action's role again; a button not shown cannot be pressed by a crafted postback either.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestQueries queries;

    @Inject
    private RequestService requests;

    @Inject
    private ExportContents exports;

    private List<NoteView> notes = List.of();
    private String note;
    private ExportView export;
    private boolean exportLooked;

    private String id;
    private RequestDetails request;
    private List<TimelineEntry> timeline = List.of();
    private String reason;
    private Integer months = 1;
    private String assignee;
    private ErasurePolicy erasurePolicy;

    /** Loads the request named in the URL; an unknown one shows a message, not an error page. */
    public void load() {
        try {
            refresh();
        } catch (EJBException | NotFoundException e) {
            request = null;
            message(FacesMessage.SEVERITY_ERROR, "staff.request.unknown");
        }
    }

    /** Re-reads status, progress and history: the poll while work runs, and after every action. */
    public void refresh() {
        if (id == null || id.isBlank()) {
            throw new NotFoundException("Request");
        }
        RequestWorkspace workspace = queries.workspace(id.strip());
        request = workspace.request();
        timeline = workspace.timeline();
        notes = workspace.notes();
        erasurePolicy = workspace.erasurePolicy();
    }

    public void addNote() {
        try {
            requests.addNote(id, note);
            note = null;
            message(FacesMessage.SEVERITY_INFO, "staff.request.noteAdded");
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, "staff.request.notAllowed");
        } catch (EJBException e) {
            message(FacesMessage.SEVERITY_ERROR, "staff.request.noteRefused");
        }
        refresh();
    }

    /** Reads what the export holds only when asked: the look is audited, and the archive is read through. */
    public void showExport() {
        try {
            export = exports.contents(id).orElse(null);
            exportLooked = true;
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, "staff.request.notAllowed");
        }
    }

    /** What an erasure keeps: legal holds with their reasons, and the categories kept for this request. */
    public ErasurePolicy getErasurePolicy() {
        return erasurePolicy;
    }

    public boolean isExportKind() {
        return request != null && ("ACCESS".equals(request.type()) || "PORTABILITY".equals(request.type()));
    }

    public void approve() {
        act(() -> requests.approve(id), "staff.request.approved");
    }

    public void reject() {
        act(() -> requests.deny(id, reason), "staff.request.rejected");
    }

    public void extend() {
        act(() -> requests.extend(id, months == null ? 0 : months, reason), "staff.request.extended");
    }

    public void pause() {
        act(() -> requests.pause(id), "staff.request.paused");
    }

    public void resume() {
        act(() -> requests.resume(id), "staff.request.resumed");
    }

    public void retry() {
        act(() -> requests.retry(id), "staff.request.retried");
    }

    public void assign() {
        act(() -> requests.assign(id, assignee), "staff.request.assigned");
    }

    private void act(Supplier<RequestDetails> action, String doneKey) {
        try {
            action.get();
            reason = null;
            message(FacesMessage.SEVERITY_INFO, doneKey);
        } catch (EJBException
                | InvalidInputException
                | IllegalTransitionException
                | ExtensionRefusedException
                | DeciderRequiredException e) {
            StaffFaces.refused(e);
        }
        refresh();
    }

    /** Whether work runs, so that the page keeps itself up to date. */
    public boolean isWorking() {
        return request != null && "IN_PROGRESS".equals(request.status());
    }

    /** Share of the systems done, for the progress bar. */
    public int getPercentDone() {
        if (request == null || request.tasks().isEmpty()) {
            return 0;
        }
        long done = request.tasks().stream()
                .filter(task -> "DONE".equals(task.status()))
                .count();
        return (int) (done * 100 / request.tasks().size());
    }

    public boolean may(String action) {
        return request != null && request.nextStatuses().contains(action);
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, StaffFaces.text(key), null));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RequestDetails getRequest() {
        return request;
    }

    /** The identities proven beyond the contact address, or a dash. */
    public String getFurtherIdentities() {
        return request == null || request.furtherIdentities().isEmpty()
                ? "—"
                : String.join(", ", request.furtherIdentities());
    }

    public List<TaskProgress> getTasks() {
        return request == null ? List.of() : request.tasks();
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ExportView getExport() {
        return export;
    }

    public boolean isExportLooked() {
        return exportLooked;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}

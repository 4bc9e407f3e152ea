package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestService;
import org.privacyrights.request.application.RequestSummary;
import org.privacyrights.request.domain.Channel;
import org.privacyrights.request.domain.QueueOrder;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;

/**
 * The request queue: pages are loaded on demand in the order of the column clicked, so the table stays fast however
 * many requests there are; filters narrow it, and selected requests are assigned in one go.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestQueries queries;

    @Inject
    private RequestService requests;

    private RequestStatus status;
    private RequestType type;
    private Channel channel;
    private String assignee;
    private LocalDate dueBy;
    private List<RequestSummary> selected = new ArrayList<>();
    private String assignTo;

    private final LazyDataModel<RequestSummary> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter());
        }

        @Override
        public List<RequestSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asked count() for the total just before: one count per page shown, not two.
            return queries.rows(filter(), order(sortBy), first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(RequestSummary request) {
            return request.id();
        }

        @Override
        public RequestSummary getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(row -> row.id().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    private static QueueOrder order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(sort -> sort.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(sort -> QueueOrder.byField(sort.getField(), sort.getOrder() == SortOrder.ASCENDING))
                .orElse(QueueOrder.dueFirst());
    }

    private RequestFilter filter() {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return new RequestFilter(status, type, channel, who, null, dueBy);
    }

    /** Assigns every selected request to one staff member, all or none. */
    public void assignSelected() {
        if (selected == null || selected.isEmpty()) {
            StaffFaces.error(StaffFaces.text("staff.requests.selectFirst"));
            return;
        }
        try {
            int assigned =
                    requests.assignAll(selected.stream().map(RequestSummary::id).toList(), assignTo);
            StaffFaces.info(MessageFormat.format(StaffFaces.text("staff.requests.assignedMany"), assigned, assignTo));
            selected = new ArrayList<>();
        } catch (EJBAccessException e) {
            StaffFaces.refused(e);
        } catch (EJBException e) {
            StaffFaces.error(StaffFaces.text("staff.requests.assignRefused"));
        }
    }

    public LazyDataModel<RequestSummary> getRequests() {
        return rows;
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public List<RequestSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<RequestSummary> selected) {
        this.selected = selected;
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }
}

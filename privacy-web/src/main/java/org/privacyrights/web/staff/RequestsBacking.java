package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestService;
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
    public static final String OPEN = "OPEN";
    public static final String ALL = "ALL";

    @Inject
    private RequestQueries queries;

    @Inject
    private RequestService requests;

    @Inject
    private QueueTotals totals;

    /** {@link #OPEN} (the default: the work still to do), {@link #ALL}, or one status's name. */
    private String status = OPEN;

    private RequestType type;
    private Channel channel;
    private String assignee;
    private LocalDate dueBy;
    private List<QueueRow> selected = new ArrayList<>();
    private String assignTo;
    private final Map<String, List<SelectItem>> menus = new HashMap<>();

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) totals.count(filter());
        }

        @Override
        public List<QueueRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asked count() for the total just before: one count per page shown, not two.
            ResourceBundle labels = StaffFaces.bundle();
            return queries.rows(filter(), order(sortBy), first / pageSize, pageSize).stream()
                    .map(summary -> new QueueRow(
                            summary,
                            labels.getString("type." + summary.type()),
                            labels.getString("status." + summary.status())))
                    .toList();
        }

        @Override
        public String getRowKey(QueueRow request) {
            return request.getId();
        }

        @Override
        public QueueRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(row -> row.getId().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    };

    /**
     * Menu items built here, once per view and language: items the page labels itself ({@code var} and an
     * expression per item) cost a reflective lookup per item on every render.
     */
    private <E extends Enum<E>> List<SelectItem> labelled(String keyPrefix, E[] values, Function<E, Object> value) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return menus.computeIfAbsent(keyPrefix + locale, key -> Arrays.stream(values)
                .map(each -> new SelectItem(value.apply(each), StaffFaces.text(keyPrefix + each.name())))
                .toList());
    }

    private static QueueOrder order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(sort -> sort.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .map(sort -> QueueOrder.byField(sort.getField(), sort.getOrder() == SortOrder.ASCENDING))
                .orElse(QueueOrder.dueFirst());
    }

    private RequestFilter filter() {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        RequestStatus only =
                OPEN.equals(status) || ALL.equals(status) || status == null ? null : RequestStatus.valueOf(status);
        return new RequestFilter(only, type, channel, who, OPEN.equals(status) ? Boolean.TRUE : null, dueBy);
    }

    /** Assigns every selected request to one staff member, all or none. */
    public void assignSelected() {
        if (selected == null || selected.isEmpty()) {
            StaffFaces.error(StaffFaces.text("staff.requests.selectFirst"));
            return;
        }
        try {
            int assigned =
                    requests.assignAll(selected.stream().map(QueueRow::getId).toList(), assignTo);
            StaffFaces.info(MessageFormat.format(StaffFaces.text("staff.requests.assignedMany"), assigned, assignTo));
            selected = new ArrayList<>();
            totals.forget();
        } catch (EJBAccessException e) {
            StaffFaces.refused(e);
        } catch (EJBException e) {
            StaffFaces.error(StaffFaces.text("staff.requests.assignRefused"));
        }
    }

    public LazyDataModel<QueueRow> getRequests() {
        return rows;
    }

    /** The status menu's choices by name, labelled in the viewer's language. */
    public List<SelectItem> getStatuses() {
        return labelled("status.", RequestStatus.values(), RequestStatus::name);
    }

    /** The right menu's choices, labelled in the viewer's language. */
    public List<SelectItem> getTypes() {
        return labelled("type.", RequestType.values(), type -> type);
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public String getStatus() {
        return status;
    }

    /** One of the menu's values; anything else (a crafted postback) is refused by the menu's own validation. */
    public void setStatus(String status) {
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

    public List<QueueRow> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueRow> selected) {
        this.selected = selected;
    }

    public String getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(String assignTo) {
        this.assignTo = assignTo;
    }
}

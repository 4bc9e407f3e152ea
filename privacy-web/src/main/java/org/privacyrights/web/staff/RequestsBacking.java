package org.privacyrights.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.privacyrights.request.application.RequestQueries;
import org.privacyrights.request.application.RequestSummary;
import org.privacyrights.request.domain.RequestFilter;
import org.privacyrights.request.domain.RequestStatus;

/** The request queue: pages are loaded on demand, so the table stays fast however many requests there are. */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestQueries queries;

    private RequestStatus status;

    private final LazyDataModel<RequestSummary> requests = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(filter());
        }

        @Override
        public List<RequestSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asked count() for the total just before: one count per page shown, not two.
            return queries.rows(filter(), first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(RequestSummary request) {
            return request.id();
        }
    };

    private RequestFilter filter() {
        return new RequestFilter(status, null, null, null, null, null);
    }

    public LazyDataModel<RequestSummary> getRequests() {
        return requests;
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }
}

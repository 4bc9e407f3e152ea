package org.privacyrights.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.privacyrights.audit.application.AuditLine;
import org.privacyrights.audit.application.AuditQueries;
import org.privacyrights.audit.application.AuditVerification;
import org.privacyrights.audit.domain.AuditSearch;
import org.privacyrights.audit.domain.ChainVerification;

/** Searching the audit trail page by page, and checking its hash chain on demand. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditQueries queries;

    @Inject
    private AuditVerification verification;

    private String actor;
    private String action;
    private String requestId;
    private String subjectId;
    private LocalDate from;
    private LocalDate to;
    private ChainVerification chain;

    private final LazyDataModel<AuditLine> events = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(search());
        }

        @Override
        public List<AuditLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.search(search(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditLine line) {
            return Long.toString(line.sequence());
        }
    };

    /** Days are whole UTC days, the end day included. */
    private AuditSearch search() {
        return new AuditSearch(
                actor,
                action == null ? null : action.strip().toUpperCase(java.util.Locale.ROOT),
                requestId,
                subjectId,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public void verifyChain() {
        chain = verification.verifyChain();
    }

    public LazyDataModel<AuditLine> getEvents() {
        return events;
    }

    public ChainVerification getChain() {
        return chain;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

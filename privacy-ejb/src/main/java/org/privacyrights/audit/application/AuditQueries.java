package org.privacyrights.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.privacyrights.audit.domain.AuditEvent;
import org.privacyrights.audit.domain.AuditRepository;
import org.privacyrights.audit.domain.AuditSearch;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.security.Roles;

/** Searching the audit trail: for those who answer for it, not for everyday handling. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
public class AuditQueries {

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditRepository repository;

    /** A page of the events matching {@code search}, newest first. */
    public List<AuditLine> search(@NotNull AuditSearch search, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "first is 0 or more, size 1 to " + MAX_PAGE_SIZE);
        }
        if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
            throw new InvalidInputException("to", "the end of the period must come after its start");
        }
        return repository.search(search, first, max).stream()
                .map(AuditQueries::line)
                .toList();
    }

    public long count(@NotNull AuditSearch search) {
        return repository.count(search);
    }

    private static AuditLine line(AuditEvent event) {
        return new AuditLine(
                event.sequence(),
                event.occurredAt(),
                event.actor(),
                event.action(),
                event.requestId().orElse(null),
                event.subjectId().orElse(null),
                event.systemName().orElse(null),
                event.detail().orElse(null));
    }
}

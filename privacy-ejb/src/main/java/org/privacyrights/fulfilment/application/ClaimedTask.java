package org.privacyrights.fulfilment.application;

import java.util.Set;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.request.domain.ObjectionAction;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.request.domain.TaskPurpose;

/**
 * A task this instance holds, as its {@code attempt}-th run: which right (or the lift of a restriction), in which
 * system, for which proven identities, and for a rectification
 * the attribute and its corrected value, for an upheld objection what to do, for an erasure the categories staff
 * chose to keep (null: the installation's default).
 */
public record ClaimedTask(
        Long taskId,
        int attempt,
        String requestId,
        RequestType type,
        TaskPurpose purpose,
        String system,
        SubjectQuery subject,
        String attribute,
        String correctedValue,
        ObjectionAction objectionAction,
        Set<String> erasureKept) {}

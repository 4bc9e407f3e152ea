package org.privacyrights.request.application;

import java.time.LocalDate;
import java.util.List;
import org.privacyrights.request.domain.Authority;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.QueueRow;
import org.privacyrights.request.domain.RequestLifecycle;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestTask;
import org.privacyrights.request.domain.StaffAction;
import org.privacyrights.request.domain.Workflow;
import org.privacyrights.subject.domain.IdentityKind;

/** Builds the DTOs the boundaries return from the entities they must not leak. */
final class RequestAssembler {

    private RequestAssembler() {}

    static RequestDetails details(PrivacyRequest request, LocalDate today) {
        return new RequestDetails(
                request.publicId(),
                request.type().name(),
                request.channel().name(),
                request.status().name(),
                request.contactEmail(),
                request.details().orElse(null),
                request.receivedAt(),
                request.dueDate(),
                request.effectiveDueDate(),
                request.extendedDueDate().isPresent(),
                request.extensionReason().orElse(null),
                request.rejectionReason().orElse(null),
                request.duplicateOf().orElse(null),
                request.assignee().orElse(null),
                request.isOverdueOn(today),
                RequestLifecycle.nextStates(request.status()).stream()
                        // A refusal is no longer open once work started, though a paused request could be refused.
                        .filter(next -> next != RequestStatus.REJECTED
                                || Workflow.permits(StaffAction.REJECT, Authority.DECIDER, request.workflowState()))
                        .map(Enum::name)
                        .sorted()
                        .toList(),
                furtherIdentities(request),
                request.restrictedUntil().orElse(null),
                request.liftedAt().orElse(null),
                request.tasks().stream().map(RequestAssembler::progress).toList(),
                request.status() == org.privacyrights.request.domain.RequestStatus.ERROR
                        ? request.completionError().orElse(null)
                        : null);
    }

    static SubjectRequestView subjectView(PrivacyRequest request, LocalDate today) {
        return new SubjectRequestView(
                request.publicId(),
                request.type().name(),
                request.status().name(),
                request.receivedAt(),
                request.effectiveDueDate(),
                request.extensionReason().orElse(null),
                request.rejectionReason().orElse(null),
                request.duplicateOf().orElse(null),
                request.restrictedUntil().orElse(null),
                furtherIdentities(request),
                request.tasks().stream()
                        .map(task -> new SubjectRequestView.SystemProgress(
                                task.systemName(),
                                task.purpose().name(),
                                task.status().name()))
                        .toList());
    }

    static RequestSummary summary(QueueRow row, LocalDate today) {
        return new RequestSummary(
                row.publicId(),
                row.type().name(),
                row.channel().name(),
                row.status().name(),
                row.receivedAt().toInstant(),
                row.effectiveDueDate(),
                row.isOverdueOn(today),
                row.assignee());
    }

    /** The identities proven for this request beyond its address, as "email old@…" or "helpdesk C-1815". */
    private static List<String> furtherIdentities(PrivacyRequest request) {
        return request.furtherIdentities().stream()
                .map(identity ->
                        (identity.kind() == IdentityKind.EMAIL ? "email" : identity.system()) + " " + identity.value())
                .toList();
    }

    private static TaskProgress progress(RequestTask task) {
        return new TaskProgress(
                task.systemName(),
                task.purpose().name(),
                task.status().name(),
                task.attempts(),
                task.lastError().orElse(null),
                task.outcome().orElse(null),
                task.updatedAt());
    }
}

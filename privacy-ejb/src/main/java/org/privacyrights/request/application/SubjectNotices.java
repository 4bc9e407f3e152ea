package org.privacyrights.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.register.application.RegisterSource;
import org.privacyrights.register.domain.ProcessingRegister;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestTask;
import org.privacyrights.request.domain.TaskPurpose;
import org.privacyrights.request.domain.TaskStatus;

/**
 * What the subject is told as the request moves (Art. 12(3)-(4)): that it is being worked on and by when, that
 * the period was extended and why, and that it was refused, why, and where to complain. Queued in the caller's
 * transaction, to the request's proven address only.
 */
@ApplicationScoped
public class SubjectNotices {

    @Inject
    Outbox outbox;

    @Inject
    RegisterSource register;

    public void received(PrivacyRequest request) {
        send(
                request,
                "request-received",
                Map.of(
                        "right",
                        request.type().name(),
                        "dueDate",
                        request.effectiveDueDate().toString()));
    }

    public void extended(PrivacyRequest request, int months) {
        send(
                request,
                "deadline-extended",
                Map.of(
                        "months", String.valueOf(months),
                        "dueDate", request.effectiveDueDate().toString(),
                        "reason", request.extensionReason().orElse(""),
                        "authority", authority()));
    }

    public void rejected(PrivacyRequest request) {
        send(
                request,
                "request-rejected",
                Map.of("reason", request.rejectionReason().orElse(""), "authority", authority()));
    }

    /**
     * A request whose work had started was cancelled by a decider: the subject learns why, which systems had
     * already carried it out and which had not, and where to complain.
     */
    public void cancelled(PrivacyRequest request) {
        String done = request.tasks().stream()
                .filter(task -> task.purpose() == TaskPurpose.APPLY && task.status() == TaskStatus.DONE)
                .map(RequestTask::systemName)
                .collect(Collectors.joining(", "));
        String notDone = request.tasks().stream()
                .filter(task -> task.purpose() == TaskPurpose.APPLY && task.status() != TaskStatus.DONE)
                .map(RequestTask::systemName)
                .collect(Collectors.joining(", "));
        send(
                request,
                "request-cancelled",
                Map.of(
                        "right", request.type().name(),
                        "reason", request.cancellationReason().orElse(""),
                        "done", done.isEmpty() ? "-" : done,
                        "notDone", notDone.isEmpty() ? "-" : notDone,
                        "authority", authority()));
    }

    /**
     * A system filed the request for its logged-in user: the address is told which system, and how to stop a
     * request its owner did not make.
     */
    public void vouched(PrivacyRequest request, String system, String objectionLink) {
        send(
                request,
                "request-vouched",
                Map.of("right", request.type().name(), "system", system, "link", objectionLink));
    }

    public void reviewed(PrivacyRequest request) {
        send(
                request,
                "decision-reviewed",
                Map.of("outcome", request.reviewOutcome().orElse(""), "authority", authority()));
    }

    private void send(PrivacyRequest request, String template, Map<String, String> values) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("requestId", request.publicId());
        outbox.enqueue(request.publicId(), request.contactEmail(), template, request.language(), all);
    }

    private String authority() {
        ProcessingRegister.Controller controller = register.register().controller();
        return controller.authorityName() + " (" + controller.authorityUrl() + ")";
    }
}

package org.privacyrights.fulfilment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.export.application.PackageAssembler;
import org.privacyrights.export.domain.ExportPackage;
import org.privacyrights.export.domain.ExportPackageRepository;
import org.privacyrights.fulfilment.domain.TaskPlan;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.register.application.RegisterSource;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.verification.application.VerificationSettings;
import org.privacyrights.verification.domain.VerificationSecrets;

/**
 * The transactions that end a request: finding those ready, and completing one with its answer to the subject.
 * Completing is one transaction: the package record with its link, the mail and the status change commit
 * together or not at all, and the database admits one package per request, so a request is answered once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CompletionTransactions {

    @Inject
    RequestRepository requests;

    @Inject
    ExportPackageRepository packages;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    RegisterSource register;

    @Inject
    VerificationSettings verification;

    @Inject
    PlatformSettings settings;

    @Inject
    @ConfigProperty(name = "privacy.work.completion-attempts", defaultValue = "5")
    int completionAttempts;

    @Inject
    Clock clock;

    /** What completing a request needs to know, read while it is still in progress. */
    public record Pending(String requestId, String type, String language, LocalDate receivedOn, boolean export) {}

    public List<Pending> ready(int max) {
        return requests.readyToComplete(TaskPlan.automated(), max).stream()
                .map(request -> new Pending(
                        request.publicId(),
                        request.type().name(),
                        request.language(),
                        settings.deadlineCalculator().receivedOn(request.receivedAt()),
                        TaskPlan.producesExport(request.type())))
                .toList();
    }

    /** Completes a request whose package (if it has one) is built; false when it was not ready any more. */
    public boolean complete(String requestId, Optional<PackageAssembler.Assembled> assembled) {
        Optional<PrivacyRequest> found = requests.find(requestId);
        if (found.isEmpty() || !isReady(found.get())) {
            return false;
        }
        PrivacyRequest request = found.get();
        Instant now = clock.instant();
        if (assembled.isPresent()) {
            String token = verification.secrets().newToken();
            ExportPackage created = new ExportPackage(
                    request.id(),
                    "privacy-export-" + requestId + ".zip",
                    assembled.get().bytes(),
                    assembled.get().files(),
                    VerificationSecrets.tokenHash(token),
                    now);
            packages.store(created);
            outbox.enqueue(
                    requestId,
                    request.contactEmail(),
                    "export-ready",
                    request.language(),
                    Map.of(
                            "requestId",
                            requestId,
                            "files",
                            String.valueOf(created.files()),
                            "expires",
                            DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    created.expiresAt().atOffset(ZoneOffset.UTC)),
                            "link",
                            verification.baseUrl() + "download.xhtml?token=" + token));
            record(request, "EXPORT_CREATED", created.files() + " files, " + created.sizeBytes() + " bytes");
        } else if (request.type() == RequestType.INFORMATION) {
            outbox.enqueue(
                    requestId,
                    request.contactEmail(),
                    "information-answer",
                    request.language(),
                    Map.of("requestId", requestId, "register", registerText(), "contact", controllerContact()));
        } else {
            outbox.enqueue(
                    requestId,
                    request.contactEmail(),
                    "request-completed",
                    request.language(),
                    Map.of("requestId", requestId, "outcome", outcome(request) + recipients(request)));
        }
        request.moveTo(RequestStatus.COMPLETED, now);
        record(request, "STATUS_CHANGED", RequestStatus.COMPLETED.name());
        return true;
    }

    /**
     * Records that finishing the request failed; after {@code privacy.work.completion-attempts} failures in a row
     * the request is in error with the reason (kept with the request; the audit trail names only its kind).
     */
    public void completionFailed(String requestId, Exception failure) {
        requests.find(requestId).filter(CompletionTransactions::isReady).ifPresent(request -> {
            String kind = failure.getClass().getSimpleName();
            String reason = failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
            if (request.completionFailed(reason, Math.max(1, completionAttempts), clock.instant())) {
                record(
                        request,
                        "STATUS_CHANGED",
                        RequestStatus.ERROR.name() + " (completion: " + kind + ", " + request.completionFailures()
                                + " attempts)");
            }
        });
    }

    private static boolean isReady(PrivacyRequest request) {
        return request.isWorkDone();
    }

    /** What was done, per system, in the words of the tasks' outcomes. */
    private static String outcome(PrivacyRequest request) {
        return request.tasks().stream()
                .map(task -> "- " + task.systemName() + ": " + task.outcome().orElse("done"))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Art. 19: a correction, erasure or restriction is passed on to those who received the data. The answer names
     * them, system by system, so the subject can ask about each.
     */
    private String recipients(PrivacyRequest request) {
        String lines = request.tasks().stream()
                .map(task -> register.register().forSystem(task.systemName()))
                .flatMap(java.util.Optional::stream)
                .map(activity -> "- " + activity.title() + ": " + String.join("; ", activity.recipients()))
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? "" : "\n\nWho receives this data and is told of the change (Art. 19 GDPR):\n" + lines;
    }

    private String registerText() {
        return register.register().activities().stream()
                .map(CompletionTransactions::describe)
                .collect(Collectors.joining("\n\n"));
    }

    private String controllerContact() {
        var controller = register.register().controller();
        return controller.name() + ", " + controller.contact() + "; " + controller.authorityName() + " ("
                + controller.authorityUrl() + ")";
    }

    private static String describe(ProcessingActivity activity) {
        return activity.title() + "\n  Purposes: " + String.join("; ", activity.purposes()) + "\n  Data: "
                + String.join("; ", activity.categories()) + "\n  Recipients: "
                + String.join("; ", activity.recipients()) + "\n  Kept: " + activity.retention()
                + "\n  Source: " + activity.source() + "\n  Automated decisions: " + activity.automatedDecisions();
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "platform", action, request.publicId(), request.subject().publicId(), detail));
    }
}

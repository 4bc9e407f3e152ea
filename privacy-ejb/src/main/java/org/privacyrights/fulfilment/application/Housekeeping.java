package org.privacyrights.fulfilment.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.export.domain.ExportPackage;
import org.privacyrights.export.domain.ExportPackageRepository;
import org.privacyrights.export.infrastructure.ExportStore;
import org.privacyrights.marketing.domain.SignupRepository;
import org.privacyrights.notification.application.Outbox;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestRepository;
import org.privacyrights.verification.application.RateLimiter;

/**
 * What has to happen on time without anyone asking, every hour: export archives are deleted when their link ends;
 * staff are reminded of deadlines a few days ahead and told once when one passed; rate-limit counts older than
 * any window are forgotten. Each step is idempotent, so several instances may run it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ExportPackageRepository packages;

    @Inject
    ExportStore exports;

    @Inject
    RequestRepository requests;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    SignupRepository signups;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "privacy.deadline.reminder-days", defaultValue = "7")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "privacy.staff.notify-address", defaultValue = " ")
    String staffAddress;

    @Inject
    @ConfigProperty(name = "privacy.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(60_000L, 3_600_000L, new TimerConfig("housekeeping", false));
    }

    @Timeout
    void everyHour() {
        try {
            deleteExpiredExports();
            watchDeadlines();
            rateLimiter.purgeOld();
            signups.deleteExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in an hour", e);
        }
    }

    /** Deletes the archives whose link has ended; the record stays, marked deleted, for the audit trail. */
    public int deleteExpiredExports() {
        Instant now = clock.instant();
        int deleted = 0;
        for (ExportPackage expired : packages.expiredBefore(now)) {
            PrivacyRequest request = requests.byId(expired.requestId()).orElse(null);
            if (request == null) {
                continue;
            }
            try {
                exports.deleteArchive(request.publicId());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Deleting the archive of " + request.publicId() + " failed", e);
                continue;
            }
            expired.deleted(now);
            record(request, "EXPORT_DELETED", "link ended " + expired.expiresAt());
            deleted++;
        }
        return deleted;
    }

    /** Reminds staff of deadlines within the reminder period, and flags those that passed; each once. */
    public int watchDeadlines() {
        Instant now = clock.instant();
        LocalDate today = settings.deadlineCalculator().receivedOn(now);
        int told = 0;
        for (PrivacyRequest request : requests.unflaggedDueBy(today.plusDays(reminderDays))) {
            boolean overdue = request.isOverdueOn(today);
            if (overdue && request.flagOverdue(now)) {
                record(request, "DEADLINE_MISSED", "due " + request.effectiveDueDate());
                tellStaff(request, "Overdue", "The deadline has passed. Answer now, and record why it was late.");
                told++;
            } else if (!overdue && request.remind(now)) {
                record(request, "DEADLINE_APPROACHING", "due " + request.effectiveDueDate());
                tellStaff(
                        request,
                        "Deadline approaching",
                        "If it can't be answered in time and the first month still runs, extend it with a reason.");
                told++;
            }
        }
        return told;
    }

    private void tellStaff(PrivacyRequest request, String what, String advice) {
        if (staffAddress.isBlank()) {
            return;
        }
        outbox.enqueue(
                request.publicId(),
                staffAddress.strip(),
                "staff-deadline",
                "en",
                Map.of(
                        "what", what,
                        "requestId", request.publicId(),
                        "right", request.type().name(),
                        "status", request.status().name(),
                        "dueDate", request.effectiveDueDate().toString(),
                        "advice", advice,
                        "link", (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "staff/requests.xhtml"));
    }

    private void record(PrivacyRequest request, String action, String detail) {
        audit.record(AuditEntry.forRequest(
                "platform", action, request.publicId(), request.subject().publicId(), detail));
    }
}

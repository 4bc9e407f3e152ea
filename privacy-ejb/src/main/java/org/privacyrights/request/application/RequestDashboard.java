package org.privacyrights.request.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.request.domain.RequestFigures;
import org.privacyrights.request.domain.RequestStatus;
import org.privacyrights.request.domain.RequestType;
import org.privacyrights.security.Roles;

/** The figures of the dashboard's home page, for every staff role. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
public class RequestDashboard {

    static final int MONTHS = 12;
    static final Duration MEDIAN_PERIOD = Duration.ofDays(90);
    /** Enough for a median that means something, few enough to read in one go. */
    static final int MEDIAN_SAMPLE = 20_000;

    @Inject
    RequestFigures figures;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    public DashboardFigures figures() {
        Instant now = clock.instant();
        LocalDate today = settings.deadlineCalculator().receivedOn(now);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<RequestStatus, Long> counts = figures.countByStatus();
        long open = 0;
        for (RequestStatus status : RequestStatus.values()) {
            if (status.isOpen()) {
                long count = counts.getOrDefault(status, 0L);
                byStatus.put(status.name(), count);
                open += count;
            }
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<RequestType, Long> types = figures.openByType();
        for (RequestType type : RequestType.values()) {
            byType.put(type.name(), types.getOrDefault(type, 0L));
        }
        List<Duration> times = figures.completionTimes(now.minus(MEDIAN_PERIOD), MEDIAN_SAMPLE);
        return new DashboardFigures(
                byStatus,
                byType,
                open,
                figures.openDueBetween(today, today.plusDays(6)),
                figures.openDueBefore(today),
                medianDays(times),
                times.size(),
                months(YearMonth.from(today)));
    }

    private List<DashboardFigures.MonthVolume> months(YearMonth current) {
        List<DashboardFigures.MonthVolume> months = new ArrayList<>();
        for (YearMonth month = current.minusMonths(MONTHS - 1L); !month.isAfter(current); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            LocalDate next = month.plusMonths(1).atDay(1);
            months.add(new DashboardFigures.MonthVolume(
                    month,
                    figures.receivedBetween(first, next),
                    figures.completedBetween(
                            first.atStartOfDay().toInstant(ZoneOffset.UTC),
                            next.atStartOfDay().toInstant(ZoneOffset.UTC))));
        }
        return months;
    }

    /** The median in days, to one decimal; {@code null} when nothing completed. */
    static Double medianDays(List<Duration> times) {
        if (times.isEmpty()) {
            return null;
        }
        long[] seconds = times.stream().mapToLong(Duration::toSeconds).sorted().toArray();
        int middle = seconds.length / 2;
        double median = seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2.0;
        return Math.round(median / 86_400.0 * 10) / 10.0;
    }
}

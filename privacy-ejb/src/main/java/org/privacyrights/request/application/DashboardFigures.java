package org.privacyrights.request.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The staff's overview: open requests by status and by right, what falls due this week and what is overdue, the
 * median time to complete over the last 90 days ({@code null} before anything completed) and the volume per month.
 */
public record DashboardFigures(
        Map<String, Long> openByStatus,
        Map<String, Long> openByType,
        long open,
        long dueThisWeek,
        long overdue,
        Double medianDaysToComplete,
        int completedInPeriod,
        List<MonthVolume> months) {

    /** Requests received and completed in one calendar month. */
    public record MonthVolume(YearMonth month, long received, long completed) {}
}

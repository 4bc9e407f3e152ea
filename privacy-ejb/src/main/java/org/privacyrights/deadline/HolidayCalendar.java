package org.privacyrights.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The days on which a period may not end: weekends plus the installation's public holidays, given as fixed dates
 * ({@code 2027-03-26}) or dates recurring every year ({@code --12-25}).
 */
public final class HolidayCalendar {

    private final Set<LocalDate> dates;
    private final Set<MonthDay> everyYear;
    private final Set<DayOfWeek> weekend;

    public HolidayCalendar(Set<LocalDate> dates, Set<MonthDay> everyYear, Set<DayOfWeek> weekend) {
        this.dates = Set.copyOf(dates);
        this.everyYear = Set.copyOf(everyYear);
        this.weekend = weekend.isEmpty() ? Collections.emptySet() : EnumSet.copyOf(weekend);
    }

    /** Saturdays and Sundays only. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of(), Set.of(), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /**
     * Parses a comma-separated list of holidays, e.g. {@code "--01-01, --12-25, 2027-03-26"}.
     *
     * @throws IllegalArgumentException naming the entry that is neither a date nor a recurring day
     */
    public static HolidayCalendar parse(String holidays) {
        Set<LocalDate> dates = new HashSet<>();
        Set<MonthDay> everyYear = new HashSet<>();
        if (holidays != null) {
            for (String entry : Arrays.stream(holidays.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                try {
                    if (entry.startsWith("--")) {
                        everyYear.add(MonthDay.parse(entry));
                    } else {
                        dates.add(LocalDate.parse(entry));
                    }
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "Holiday '" + entry + "' is neither a date (2027-03-26) nor a yearly day (--12-25)", e);
                }
            }
        }
        return new HolidayCalendar(dates, everyYear, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !dates.contains(day) && !everyYear.contains(MonthDay.from(day));
    }

    /** The day itself when it is a working day, otherwise the next working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}

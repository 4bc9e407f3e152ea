package org.privacyrights.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Art. 12(3) GDPR deadlines by Regulation 1182/71: a period of months starts the day after receipt and ends on the
 * same day-number of the last month, or on that month's last day when the day-number does not exist there (Art.
 * 3(2)(c)); a period that would end on a Saturday, Sunday or public holiday ends on the next working day (Art. 3(4)).
 */
public final class DeadlineCalculator {

    /** The response period, in months. */
    public static final int RESPONSE_MONTHS = 1;

    /** The most an extension may add, in months. */
    public static final int MAX_EXTENSION_MONTHS = 2;

    private final HolidayCalendar holidays;
    private final ZoneId zone;

    public DeadlineCalculator(HolidayCalendar holidays, ZoneId zone) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The day a request received at this instant counts as received, in the installation's time zone. */
    public LocalDate receivedOn(Instant receivedAt) {
        return receivedAt.atZone(zone).toLocalDate();
    }

    public Deadline responseDeadline(Instant receivedAt) {
        LocalDate receivedOn = receivedOn(receivedAt);
        LocalDate nominalEnd = addMonths(receivedOn, RESPONSE_MONTHS);
        return new Deadline(receivedOn, nominalEnd, holidays.onOrAfter(nominalEnd));
    }

    /**
     * The deadline after an extension of {@code months} further months.
     *
     * @throws IllegalArgumentException when {@code months} is not 1 or 2
     */
    public Deadline extended(Deadline original, int months) {
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException(
                    "An extension adds 1 to " + MAX_EXTENSION_MONTHS + " months, not " + months);
        }
        // Counting from the receipt keeps the day-number of the receipt (31 Jan + 3 months = 30 Apr, not 28 Apr).
        LocalDate nominalEnd = addMonths(original.receivedOn(), RESPONSE_MONTHS + months);
        return new Deadline(original.receivedOn(), nominalEnd, holidays.onOrAfter(nominalEnd));
    }

    /** Whether an extension may still be granted on {@code today}: only while the first month is running. */
    public boolean mayExtendOn(Deadline original, LocalDate today) {
        return !today.isAfter(original.due());
    }

    /** Same day-number, or the month's last day where that day-number does not exist. */
    static LocalDate addMonths(LocalDate from, int months) {
        return from.plusMonths(months);
    }

    public ZoneId zone() {
        return zone;
    }
}

package org.privacyrights.deadline;

import java.time.LocalDate;

/**
 * A period's end. {@code nominalEnd} is the day given by month arithmetic alone; {@code due} is the day the period
 * really ends, moved past weekends and holidays. Further months are counted from the nominal end.
 */
public record Deadline(LocalDate receivedOn, LocalDate nominalEnd, LocalDate due) {

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(due);
    }
}

package org.privacyrights.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final DeadlineCalculator calculator =
            new DeadlineCalculator(HolidayCalendar.parse("--01-01, --05-01, --12-25, --12-26, 2027-03-29"), BRUSSELS);

    private Deadline receivedOn(String day) {
        return calculator.responseDeadline(
                LocalDate.parse(day).atTime(10, 0).atZone(BRUSSELS).toInstant());
    }

    @ParameterizedTest(name = "received {0}: nominal end {1}, due {2}")
    @CsvSource({
        // same day-number of the next month, a working day
        "2026-10-14, 2026-11-14, 2026-11-16", // 14 Nov 2026 is a Saturday -> Monday
        "2026-11-03, 2026-12-03, 2026-12-03",
        // the day-number does not exist in the next month: its last day
        "2027-01-31, 2027-02-28, 2027-03-01", // 28 Feb 2027 is a Sunday
        "2028-01-31, 2028-02-29, 2028-02-29", // leap year, Tuesday
        "2026-03-31, 2026-04-30, 2026-04-30",
        "2026-08-31, 2026-09-30, 2026-09-30",
        // year end and holidays: 25 and 26 Dec holidays, 27 Dec 2026 a Sunday
        "2026-11-25, 2026-12-25, 2026-12-28",
        // a configured one-off holiday (Monday 29 Mar 2027) after a weekend
        "2027-02-27, 2027-03-27, 2027-03-30",
        // New Year's Day on a Friday, then a weekend
        "2026-12-01, 2027-01-01, 2027-01-04"
    })
    void oneMonthByTheEuRulesForPeriods(String received, String nominalEnd, String due) {
        Deadline deadline = receivedOn(received);

        assertThat(deadline.nominalEnd()).isEqualTo(nominalEnd);
        assertThat(deadline.due()).isEqualTo(due);
    }

    @Test
    void theDayOfReceiptIsTheLocalDayNotTheUtcDay() {
        // 23:30 UTC on 30 Nov is already 1 Dec in Brussels.
        Deadline deadline = calculator.responseDeadline(
                ZonedDateTime.parse("2026-11-30T23:30:00Z").toInstant());

        assertThat(deadline.receivedOn()).isEqualTo("2026-12-01");
        assertThat(deadline.nominalEnd()).isEqualTo("2027-01-01");
    }

    @ParameterizedTest(name = "received {0} + {1} more months -> {2}")
    @CsvSource({
        "2026-11-03, 2, 2027-02-03",
        "2026-11-03, 1, 2027-01-04", // 3 Jan 2027 is a Sunday
        "2027-01-31, 2, 2027-04-30", // keeps the day-number of receipt, not 28 Feb + 2
        "2027-12-31, 2, 2028-03-31",
        "2027-11-30, 2, 2028-02-29" // leap day
    })
    void anExtensionCountsFurtherMonthsFromReceipt(String received, int months, String due) {
        Deadline extended = calculator.extended(receivedOn(received), months);

        assertThat(extended.due()).isEqualTo(due);
    }

    @Test
    void anExtensionIsOneOrTwoMonths() {
        Deadline deadline = receivedOn("2026-11-03");

        assertThatThrownBy(() -> calculator.extended(deadline, 3)).hasMessageContaining("1 to 2 months");
        assertThatThrownBy(() -> calculator.extended(deadline, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtensionIsPossibleOnlyWhileTheFirstMonthRuns() {
        Deadline deadline = receivedOn("2026-10-14"); // due Monday 16 Nov 2026

        assertThat(calculator.mayExtendOn(deadline, LocalDate.parse("2026-11-16")))
                .isTrue();
        assertThat(calculator.mayExtendOn(deadline, LocalDate.parse("2026-11-17")))
                .isFalse();
        assertThat(deadline.isOverdueOn(LocalDate.parse("2026-11-17"))).isTrue();
        assertThat(deadline.isOverdueOn(LocalDate.parse("2026-11-16"))).isFalse();
    }

    @Test
    void aHolidayEntryThatIsNotADateIsRejectedByName() {
        assertThatThrownBy(() -> HolidayCalendar.parse("--12-25, Christmas"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Christmas'");
    }
}

package org.privacyrights.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.deadline.DeadlineCalculator;
import org.privacyrights.deadline.HolidayCalendar;

/** The installation's settings (MicroProfile Config) and the objects built from them. */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = "privacy.deadline.zone", defaultValue = "UTC")
    String deadlineZone;

    @Inject
    @ConfigProperty(name = "privacy.deadline.holidays", defaultValue = " ")
    String holidays;

    @Inject
    @ConfigProperty(name = "privacy.connected-systems", defaultValue = " ")
    String connectedSystems;

    private DeadlineCalculator deadlineCalculator;

    /** Ticks in microseconds, the precision the databases keep, so a value reads back as it was written. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Built once: a bad zone or holiday entry fails at the first use with a message naming the setting. */
    public synchronized DeadlineCalculator deadlineCalculator() {
        if (deadlineCalculator == null) {
            ZoneId zone;
            try {
                zone = ZoneId.of(deadlineZone.trim());
            } catch (RuntimeException e) {
                throw new IllegalStateException("privacy.deadline.zone: '" + deadlineZone + "' is not a time zone", e);
            }
            try {
                deadlineCalculator = new DeadlineCalculator(HolidayCalendar.parse(holidays), zone);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("privacy.deadline.holidays: " + e.getMessage(), e);
            }
        }
        return deadlineCalculator;
    }

    /** The names of the connected systems each approved request gets a task for. */
    public List<String> connectedSystems() {
        return Arrays.stream(connectedSystems.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}

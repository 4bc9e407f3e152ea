package org.privacyrights.connectors.api;

import java.time.Duration;
import java.util.Objects;

/** The outcome of a connector's health check: whether the backend answered and how long it took. */
public record HealthReport(String system, boolean up, String detail, Duration responseTime) {

    public HealthReport {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(responseTime, "responseTime");
    }
}

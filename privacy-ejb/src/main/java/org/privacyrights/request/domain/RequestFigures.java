package org.privacyrights.request.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Counts over all requests for the staff's overview, each one query that the database answers from indexes. */
public interface RequestFigures {

    Map<RequestStatus, Long> countByStatus();

    Map<RequestType, Long> openByType();

    /** Open requests whose effective due date lies in {@code [from, to]}. */
    long openDueBetween(LocalDate from, LocalDate to);

    /** Open requests whose effective due date is before {@code day}. */
    long openDueBefore(LocalDate day);

    long receivedBetween(LocalDate from, LocalDate toExclusive);

    long completedBetween(Instant from, Instant toExclusive);

    /** How long completed requests took, of those completed since {@code since}; at most {@code max}. */
    List<Duration> completionTimes(Instant since, int max);
}

package org.privacyrights.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrights.deadline.Deadline;
import org.privacyrights.subject.domain.DataSubject;

/** A request whose systems are all done but which cannot be finished: a few attempts, then in error, then a retry. */
class CompletionFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    void theLastOfTheAttemptsPutsTheRequestInErrorWithTheReason() {
        PrivacyRequest request = allSystemsDone();

        assertThat(request.completionFailed("ZipException: duplicate entry", 3, NOW))
                .isFalse();
        assertThat(request.completionFailed("ZipException: duplicate entry", 3, NOW))
                .isFalse();
        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.completionFailed("ZipException: duplicate entry", 3, NOW))
                .isTrue();

        assertThat(request.status()).isEqualTo(RequestStatus.ERROR);
        assertThat(request.completionError()).contains("ZipException: duplicate entry");
        assertThat(request.completionFailed("again", 3, NOW))
                .as("a request already in error is not moved again")
                .isFalse();
    }

    @Test
    void aRetryGivesFinishingItsAttemptsAgain() {
        PrivacyRequest request = allSystemsDone();
        for (int i = 0; i < 3; i++) {
            request.completionFailed("IOException: disk full", 3, NOW);
        }
        request.retry(Authority.CASEWORKER, NOW);

        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.completionFailures()).isZero();
        assertThat(request.completionFailed("IOException: disk full", 3, NOW)).isFalse();
        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    private static PrivacyRequest allSystemsDone() {
        PrivacyRequest request = new PrivacyRequest(
                new DataSubject(NOW),
                RequestType.ACCESS,
                Channel.PORTAL,
                "ada@example.org",
                null,
                new Deadline(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(1)),
                NOW);
        request.moveTo(RequestStatus.VERIFIED, NOW);
        request.startWork(List.of("mail"), NOW);
        request.tasks().forEach(task -> {
            task.start(NOW);
            task.succeed("1 exported", NOW);
        });
        return request;
    }
}

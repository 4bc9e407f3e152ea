package org.privacyrights.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyrights.deadline.Deadline;
import org.privacyrights.subject.domain.DataSubject;

/** A restriction's end: who may have one, when it may be set, and that the lift runs once, after the notice. */
class TimedRestrictionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    void aCompletedRestrictionEndsOnItsDayAndIsLiftedInEverySystemItRanIn() {
        PrivacyRequest request = completed(RequestType.RESTRICTION, null);
        request.restrictUntil(TODAY.plusDays(14), TODAY);

        assertThatThrownBy(() -> request.startLift(NOW))
                .as("never before the subject was told")
                .isInstanceOf(IllegalStateException.class);
        request.liftAnnounced(42L);
        request.startLift(NOW);

        List<RequestTask> lifts = request.tasks().stream()
                .filter(task -> task.purpose() == TaskPurpose.LIFT)
                .toList();
        assertThat(lifts).extracting(RequestTask::systemName).containsExactly("helpdesk", "mail");
        assertThat(request.task("mail").orElseThrow().purpose())
                .as("a system's task is the one that carried out the right")
                .isEqualTo(TaskPurpose.APPLY);
        assertThatThrownBy(() -> request.restrictUntil(TODAY.plusDays(30), TODAY))
                .as("a lift that started is not moved")
                .hasMessageContaining("already being lifted");
        assertThatThrownBy(() -> request.startLift(NOW)).isInstanceOf(IllegalStateException.class);

        lifts.get(0).start(NOW);
        lifts.get(0).succeed("1 lifted", NOW);
        assertThat(request.liftedIfDone(NOW)).isFalse();
        lifts.get(1).start(NOW);
        lifts.get(1).fail("ConnectorException: down", NOW);
        request.retryFailedLift(NOW);
        assertThat(lifts.get(1).status()).isEqualTo(TaskStatus.PENDING);
        lifts.get(1).start(NOW);
        request.retryFailedLift(NOW);
        assertThat(lifts.get(1).status())
                .as("a running lift is left to its runner")
                .isEqualTo(TaskStatus.RUNNING);
        lifts.get(1).succeed("1 lifted", NOW);
        assertThat(request.liftedIfDone(NOW)).isTrue();
        assertThat(request.liftedIfDone(NOW)).as("lifted once").isFalse();
        assertThat(request.liftedAt()).contains(NOW);
    }

    @Test
    void aMovedEndIsAnnouncedAnew() {
        PrivacyRequest request = completed(RequestType.RESTRICTION, null);
        request.restrictUntil(TODAY.plusDays(14), TODAY);
        request.liftAnnounced(42L);

        request.restrictUntil(TODAY.plusDays(60), TODAY);

        assertThat(request.restrictedUntil()).contains(TODAY.plusDays(60));
        assertThat(request.liftNoticeMailId()).isEmpty();
    }

    @Test
    void anObjectionToMarketingIsAbsoluteAndNeverEnds() {
        PrivacyRequest marketing = completed(RequestType.OBJECTION, ObjectionScope.MARKETING);

        assertThatThrownBy(() -> marketing.restrictUntil(TODAY.plusDays(14), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(completed(RequestType.OBJECTION, ObjectionScope.PROCESSING).mayBeTimeLimited())
                .isTrue();
    }

    @Test
    void otherRightsAPassedDayAndARefusedRequestHaveNoEnd() {
        assertThatThrownBy(() -> completed(RequestType.ACCESS, null).restrictUntil(TODAY, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> completed(RequestType.RESTRICTION, null).restrictUntil(TODAY.minusDays(1), TODAY))
                .hasMessageContaining("has passed");
        PrivacyRequest refused = request(RequestType.RESTRICTION);
        refused.reject("not ours", NOW);
        assertThatThrownBy(() -> refused.restrictUntil(TODAY, TODAY)).hasMessageContaining("REJECTED");
    }

    private static PrivacyRequest completed(RequestType type, ObjectionScope scope) {
        PrivacyRequest request = request(type);
        if (scope != null) {
            request.objectsTo(scope);
        }
        request.moveTo(RequestStatus.VERIFIED, NOW);
        request.moveTo(RequestStatus.IN_PROGRESS, NOW);
        request.planTasks(List.of("mail", "helpdesk"), NOW);
        request.tasks().forEach(task -> {
            task.start(NOW);
            task.succeed("1 restricted", NOW);
        });
        request.moveTo(RequestStatus.COMPLETED, NOW);
        return request;
    }

    private static PrivacyRequest request(RequestType type) {
        return new PrivacyRequest(
                new DataSubject(NOW),
                type,
                Channel.PORTAL,
                "ada@example.org",
                null,
                new Deadline(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(1)),
                NOW);
    }
}

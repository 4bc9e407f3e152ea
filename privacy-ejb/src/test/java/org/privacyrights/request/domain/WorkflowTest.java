package org.privacyrights.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every staff action against every state a request can be in, for a caseworker (AGENT) and a decider (ADMIN, DPO):
 * where it leads, or that it is refused, and why. The table is written out by hand, so a change of the rules shows
 * here as a changed row.
 */
class WorkflowTest {

    /** A state of a request and what each action does to it: caseworker result / decider result. */
    private record Row(String name, Workflow.State state, Map<StaffAction, String> results) {}

    /** "-" refused for the state, "D" only a decider may, otherwise the status it leads to. */
    private static final List<Row> TABLE = List.of(
            row(
                    "received",
                    state(RequestStatus.RECEIVED, null, false, false),
                    "VERIFIED/VERIFIED",
                    "-/-",
                    "D/REJECTED",
                    "-/-",
                    "-/-",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "identity unverified",
                    state(RequestStatus.IDENTITY_UNVERIFIED, null, false, false),
                    "VERIFIED/VERIFIED",
                    "-/-",
                    "D/REJECTED",
                    "-/-",
                    "-/-",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "verified",
                    state(RequestStatus.VERIFIED, null, false, false),
                    "-/-",
                    "D/IN_PROGRESS",
                    "D/REJECTED",
                    "PAUSED/PAUSED",
                    "-/-",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "awaiting approval",
                    state(RequestStatus.AWAITING_APPROVAL, null, false, false),
                    "-/-",
                    "D/IN_PROGRESS",
                    "D/REJECTED",
                    "PAUSED/PAUSED",
                    "-/-",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "paused before approval",
                    state(RequestStatus.PAUSED, RequestStatus.AWAITING_APPROVAL, false, false),
                    "-/-",
                    "-/-",
                    "D/REJECTED",
                    "-/-",
                    "AWAITING_APPROVAL/AWAITING_APPROVAL",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "paused after verification",
                    state(RequestStatus.PAUSED, RequestStatus.VERIFIED, false, false),
                    "-/-",
                    "-/-",
                    "D/REJECTED",
                    "-/-",
                    "VERIFIED/VERIFIED",
                    "-/-",
                    "CANCELLED/CANCELLED"),
            row(
                    "in progress",
                    state(RequestStatus.IN_PROGRESS, null, true, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "PAUSED/PAUSED",
                    "-/-",
                    "-/-",
                    "-/-"),
            row(
                    "paused while in progress",
                    state(RequestStatus.PAUSED, RequestStatus.IN_PROGRESS, true, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "IN_PROGRESS/IN_PROGRESS",
                    "-/-",
                    "D/CANCELLED"),
            row(
                    "paused in error",
                    state(RequestStatus.PAUSED, RequestStatus.ERROR, true, true),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "ERROR/ERROR",
                    "-/-",
                    "D/CANCELLED"),
            row(
                    "error, a system failed",
                    state(RequestStatus.ERROR, null, true, true),
                    "-/-",
                    "-/-",
                    "-/-",
                    "PAUSED/PAUSED",
                    "-/-",
                    "IN_PROGRESS/IN_PROGRESS",
                    "D/CANCELLED"),
            row(
                    "error, no system failed",
                    state(RequestStatus.ERROR, null, true, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "PAUSED/PAUSED",
                    "-/-",
                    "-/-",
                    "D/CANCELLED"),
            row(
                    "completed",
                    state(RequestStatus.COMPLETED, null, true, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-"),
            row(
                    "rejected",
                    state(RequestStatus.REJECTED, null, false, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-"),
            row(
                    "cancelled",
                    state(RequestStatus.CANCELLED, null, false, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-"),
            row(
                    "duplicate",
                    state(RequestStatus.DUPLICATE, null, false, false),
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-",
                    "-/-"));

    static Stream<Arguments> everyStateActionAndAuthority() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : TABLE) {
            for (StaffAction action : StaffAction.values()) {
                String[] results = row.results().get(action).split("/");
                cases.add(Arguments.of(row.name(), row.state(), action, Authority.CASEWORKER, results[0]));
                cases.add(Arguments.of(row.name(), row.state(), action, Authority.DECIDER, results[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2} by {3} -> {4}")
    @MethodSource("everyStateActionAndAuthority")
    void everyActionInEveryStateLeadsWhereTheTableSays(
            String name, Workflow.State state, StaffAction action, Authority authority, String expected) {
        switch (expected) {
            case "-" -> assertThatThrownBy(() -> Workflow.target(action, authority, state))
                    .isInstanceOf(ActionRefusedException.class)
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.status().name());
            case "D" -> assertThatThrownBy(() -> Workflow.target(action, authority, state))
                    .isInstanceOf(DeciderRequiredException.class)
                    .hasMessageContaining("administrator or the DPO");
            default -> {
                RequestStatus target = Workflow.target(action, authority, state);
                assertThat(target).isEqualTo(RequestStatus.valueOf(expected));
                assertThat(RequestLifecycle.isAllowed(state.status(), target))
                        .as("every move the workflow allows is a legal move")
                        .isTrue();
                assertThat(Workflow.permits(action, authority, state)).isTrue();
            }
        }
    }

    @Test
    void theTableCoversEveryStatusAndEveryAction() {
        Set<RequestStatus> covered =
                TABLE.stream().map(row -> row.state().status()).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RequestStatus.class));
        assertThat(TABLE).allSatisfy(row -> assertThat(row.results()).containsOnlyKeys(StaffAction.values()));
    }

    @Test
    void onlyAnApprovalByADeciderLeadsIntoWork() {
        for (Row row : TABLE) {
            if (row.state().workStarted()) {
                continue;
            }
            for (StaffAction action : StaffAction.values()) {
                for (Authority authority : Authority.values()) {
                    if (Workflow.permits(action, authority, row.state())
                            && Workflow.target(action, authority, row.state()) == RequestStatus.IN_PROGRESS) {
                        assertThat(action).as(row.name()).isEqualTo(StaffAction.APPROVE);
                        assertThat(authority).as(row.name()).isEqualTo(Authority.DECIDER);
                    }
                }
            }
        }
    }

    // ---- the attacks, on the request itself ---------------------------------------------------------------

    @Test
    void pausingThenRetryingAnUnapprovedRequestIsRefusedAndNothingMoves() {
        PrivacyRequest request = Requests.awaitingApproval(RequestType.ERASURE);
        request.moveTo(RequestStatus.PAUSED, Requests.NOW);

        assertThatThrownBy(() -> request.retry(Authority.CASEWORKER, Requests.NOW))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("PAUSED")
                .hasMessageContaining("resumed");
        assertThatThrownBy(() -> request.retry(Authority.DECIDER, Requests.NOW))
                .isInstanceOf(ActionRefusedException.class);

        assertThat(request.status()).isEqualTo(RequestStatus.PAUSED);
        assertThat(request.tasks()).isEmpty();
        assertThat(request.isWorkDone()).isFalse();
    }

    @Test
    void aRequestThatNeedsSystemsAndHasNoTaskIsNeverDone() {
        PrivacyRequest forced = Requests.awaitingApproval(RequestType.ERASURE);
        forced.moveTo(RequestStatus.IN_PROGRESS, Requests.NOW);
        assertThat(forced.tasks()).isEmpty();
        assertThat(forced.isWorkDone())
                .as("in progress without an approval's start")
                .isFalse();

        PrivacyRequest erasure = Requests.awaitingApproval(RequestType.ERASURE);
        assertThatThrownBy(() -> erasure.startWork(List.of(), Requests.NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No connected system");
        assertThat(erasure.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);

        PrivacyRequest information = Requests.awaitingApproval(RequestType.INFORMATION);
        information.startWork(List.of(), Requests.NOW);
        assertThat(information.isWorkDone()).as("answered from the register").isTrue();
    }

    @Test
    void aStartedRequestIsDoneOnlyWhenEverySystemIsDone() {
        PrivacyRequest request = Requests.awaitingApproval(RequestType.ERASURE);
        request.startWork(List.of("mail", "helpdesk"), Requests.NOW);
        assertThat(request.isWorkDone()).isFalse();
        request.task("mail").orElseThrow().start(Requests.NOW);
        request.task("mail").orElseThrow().succeed("erased", Requests.NOW);
        assertThat(request.isWorkDone()).isFalse();
        request.task("helpdesk").orElseThrow().start(Requests.NOW);
        request.task("helpdesk").orElseThrow().succeed("erased", Requests.NOW);
        assertThat(request.isWorkDone()).isTrue();
    }

    @Test
    void aRetryRunsAgainTheFailedSystemsOnlyAndLeavesARunningOneToItsRunner() {
        PrivacyRequest request = Requests.awaitingApproval(RequestType.ERASURE);
        request.startWork(List.of("contacts", "helpdesk", "mail"), Requests.NOW);
        request.task("mail").orElseThrow().start(Requests.NOW);
        request.task("mail").orElseThrow().succeed("erased", Requests.NOW);
        request.task("helpdesk").orElseThrow().start(Requests.NOW);
        request.task("helpdesk").orElseThrow().fail("ConnectorException: down", Requests.NOW);
        request.task("contacts").orElseThrow().start(Requests.NOW);
        request.moveTo(RequestStatus.ERROR, Requests.NOW);

        request.retry(Authority.CASEWORKER, Requests.NOW);

        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.task("mail").orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(request.task("helpdesk").orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
        assertThat(request.task("contacts").orElseThrow().status())
                .as("a task still running is not handed out a second time")
                .isEqualTo(TaskStatus.RUNNING);
    }

    @Test
    void pausingThenCancellingAStartedErasureNeedsADeciderWithAReason() {
        PrivacyRequest request = Requests.awaitingApproval(RequestType.ERASURE);
        request.startWork(List.of("mail", "helpdesk"), Requests.NOW);
        request.task("mail").orElseThrow().start(Requests.NOW);
        request.task("mail").orElseThrow().succeed("erased", Requests.NOW);

        assertThatThrownBy(() -> request.cancel(Authority.DECIDER, "stop", Requests.NOW))
                .as("running work is paused first")
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("pause it first");
        request.moveTo(RequestStatus.PAUSED, Requests.NOW);
        assertThatThrownBy(() -> request.cancel(Authority.CASEWORKER, "stop", Requests.NOW))
                .isInstanceOf(DeciderRequiredException.class);
        assertThat(request.status()).isEqualTo(RequestStatus.PAUSED);

        request.cancel(Authority.DECIDER, "The subject withdrew the request by phone", Requests.NOW);
        assertThat(request.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(request.cancellationReason()).contains("The subject withdrew the request by phone");
    }

    private static Row row(String name, Workflow.State state, String... results) {
        Map<StaffAction, String> byAction = new LinkedHashMap<>();
        for (int i = 0; i < results.length; i++) {
            byAction.put(StaffAction.values()[i], results[i]);
        }
        return new Row(name, state, byAction);
    }

    private static Workflow.State state(
            RequestStatus status, RequestStatus pausedFrom, boolean workStarted, boolean failedTasks) {
        return new Workflow.State(status, pausedFrom, workStarted, failedTasks);
    }

    /** Requests in the states the attacks start from. */
    private static final class Requests {

        static final java.time.Instant NOW = java.time.Instant.parse("2026-12-01T10:00:00Z");
        private static final java.time.LocalDate TODAY = java.time.LocalDate.parse("2026-12-01");

        static PrivacyRequest awaitingApproval(RequestType type) {
            PrivacyRequest request = new PrivacyRequest(
                    new org.privacyrights.subject.domain.DataSubject(NOW),
                    type,
                    Channel.PORTAL,
                    "ada@example.org",
                    null,
                    new org.privacyrights.deadline.Deadline(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(1)),
                    NOW);
            request.moveTo(RequestStatus.IDENTITY_UNVERIFIED, NOW);
            request.moveTo(RequestStatus.VERIFIED, NOW);
            request.moveTo(RequestStatus.AWAITING_APPROVAL, NOW);
            return request;
        }
    }
}

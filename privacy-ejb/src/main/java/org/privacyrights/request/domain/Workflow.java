package org.privacyrights.request.domain;

import static org.privacyrights.request.domain.RequestStatus.AWAITING_APPROVAL;
import static org.privacyrights.request.domain.RequestStatus.CANCELLED;
import static org.privacyrights.request.domain.RequestStatus.ERROR;
import static org.privacyrights.request.domain.RequestStatus.IDENTITY_UNVERIFIED;
import static org.privacyrights.request.domain.RequestStatus.IN_PROGRESS;
import static org.privacyrights.request.domain.RequestStatus.PAUSED;
import static org.privacyrights.request.domain.RequestStatus.RECEIVED;
import static org.privacyrights.request.domain.RequestStatus.REJECTED;
import static org.privacyrights.request.domain.RequestStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which staff action a request's state allows, to whom, and where it leads. Approval by a decider is the only way
 * into work; a retry only runs again the systems that failed, and only for a request in error; refusing or
 * cancelling a request whose work started would leave the systems half done, so that is a decider's cancellation
 * with a reason, once the work is stopped (paused or in error). Every target is also a legal move of
 * {@link RequestLifecycle}.
 */
public final class Workflow {

    /** What the rules look at: the status, where a paused request paused, and how far its work went. */
    public record State(RequestStatus status, RequestStatus pausedFrom, boolean workStarted, boolean failedTasks) {}

    private static final Set<RequestStatus> BEFORE_APPROVAL =
            EnumSet.of(RECEIVED, IDENTITY_UNVERIFIED, VERIFIED, AWAITING_APPROVAL, PAUSED);

    private Workflow() {}

    /**
     * The status the action leads to.
     *
     * @throws ActionRefusedException when the state does not allow the action
     * @throws DeciderRequiredException when it does, but not to a caseworker
     */
    public static RequestStatus target(StaffAction action, Authority authority, State state) {
        RequestStatus status = state.status();
        return switch (action) {
            case VERIFY -> {
                require(
                        action,
                        state,
                        VERIFIED,
                        status == RECEIVED || status == IDENTITY_UNVERIFIED,
                        "only an address still to be proven is verified");
                yield VERIFIED;
            }
            case APPROVE -> {
                require(
                        action,
                        state,
                        IN_PROGRESS,
                        status == AWAITING_APPROVAL || status == VERIFIED,
                        approvalRefusal(state));
                decider(action, authority, status, "approval is the point of no return");
                yield IN_PROGRESS;
            }
            case REJECT -> {
                require(
                        action,
                        state,
                        REJECTED,
                        BEFORE_APPROVAL.contains(status) && !state.workStarted(),
                        state.workStarted()
                                ? "its work has started; a decider cancels it with a reason instead"
                                : "it is closed already");
                decider(action, authority, status, "a refusal is a decision");
                yield REJECTED;
            }
            case PAUSE -> {
                require(
                        action,
                        state,
                        PAUSED,
                        EnumSet.of(VERIFIED, AWAITING_APPROVAL, IN_PROGRESS, ERROR)
                                .contains(status),
                        "only an open request past the proof of its address pauses");
                yield PAUSED;
            }
            case RESUME -> {
                require(
                        action,
                        state,
                        state.pausedFrom() == null ? IN_PROGRESS : state.pausedFrom(),
                        status == PAUSED && state.pausedFrom() != null,
                        "it is not paused");
                yield state.pausedFrom();
            }
            case RETRY -> {
                require(
                        action,
                        state,
                        IN_PROGRESS,
                        status == ERROR && state.workStarted() && state.failedTasks(),
                        status == PAUSED
                                ? "a paused request is resumed; a retry is only for a request in error"
                                : status == ERROR ? "no system failed" : "a retry is only for a request in error");
                yield IN_PROGRESS;
            }
            case CANCEL -> cancel(authority, state);
        };
    }

    /** Whether the action is open to this authority in this state. */
    public static boolean permits(StaffAction action, Authority authority, State state) {
        try {
            target(action, authority, state);
            return true;
        } catch (ActionRefusedException | DeciderRequiredException refused) {
            return false;
        }
    }

    private static RequestStatus cancel(Authority authority, State state) {
        RequestStatus status = state.status();
        if (!state.workStarted()) {
            require(StaffAction.CANCEL, state, CANCELLED, BEFORE_APPROVAL.contains(status), "it is closed already");
            return CANCELLED;
        }
        require(
                StaffAction.CANCEL,
                state,
                CANCELLED,
                status == PAUSED || status == ERROR,
                status == IN_PROGRESS
                        ? "its work is running; pause it first so that no system starts meanwhile"
                        : "it is closed already");
        decider(StaffAction.CANCEL, authority, status, "its work has started and some systems may be done");
        return CANCELLED;
    }

    private static String approvalRefusal(State state) {
        return switch (state.status()) {
            case RECEIVED, IDENTITY_UNVERIFIED -> "the requester's address is not proven yet";
            case PAUSED -> "a paused request is resumed first";
            case IN_PROGRESS, ERROR -> "its work has started already";
            default -> "it is closed already";
        };
    }

    private static void require(StaffAction action, State state, RequestStatus to, boolean allowed, String why) {
        if (!allowed) {
            throw new ActionRefusedException(action, state.status(), to, why);
        }
    }

    private static void decider(StaffAction action, Authority authority, RequestStatus status, String why) {
        if (authority != Authority.DECIDER) {
            throw new DeciderRequiredException(action, status, why);
        }
    }
}

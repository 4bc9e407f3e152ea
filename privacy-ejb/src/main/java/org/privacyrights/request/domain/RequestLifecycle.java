package org.privacyrights.request.domain;

import static org.privacyrights.request.domain.RequestStatus.AWAITING_APPROVAL;
import static org.privacyrights.request.domain.RequestStatus.CANCELLED;
import static org.privacyrights.request.domain.RequestStatus.COMPLETED;
import static org.privacyrights.request.domain.RequestStatus.DUPLICATE;
import static org.privacyrights.request.domain.RequestStatus.ERROR;
import static org.privacyrights.request.domain.RequestStatus.IDENTITY_UNVERIFIED;
import static org.privacyrights.request.domain.RequestStatus.IN_PROGRESS;
import static org.privacyrights.request.domain.RequestStatus.PAUSED;
import static org.privacyrights.request.domain.RequestStatus.RECEIVED;
import static org.privacyrights.request.domain.RequestStatus.REJECTED;
import static org.privacyrights.request.domain.RequestStatus.VERIFIED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The request state machine: which moves between statuses are legal at all. A running request can no longer be
 * cancelled: for an erasure the approval is the point of no return, and a half-cancelled erasure would leave
 * systems in different states; work that is stopped (paused or in error) may be cancelled by a decider with a
 * reason. Who may take which step, and why, is {@link Workflow}'s.
 */
public final class RequestLifecycle {

    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = new EnumMap<>(RequestStatus.class);

    static {
        allow(RECEIVED, IDENTITY_UNVERIFIED, VERIFIED, REJECTED, CANCELLED, DUPLICATE);
        allow(IDENTITY_UNVERIFIED, VERIFIED, REJECTED, CANCELLED, DUPLICATE);
        allow(VERIFIED, AWAITING_APPROVAL, IN_PROGRESS, PAUSED, REJECTED, CANCELLED, DUPLICATE);
        allow(AWAITING_APPROVAL, IN_PROGRESS, PAUSED, REJECTED, CANCELLED);
        allow(IN_PROGRESS, COMPLETED, ERROR, PAUSED);
        allow(PAUSED, VERIFIED, AWAITING_APPROVAL, IN_PROGRESS, ERROR, REJECTED, CANCELLED);
        allow(ERROR, IN_PROGRESS, PAUSED, CANCELLED);
        for (RequestStatus terminal : RequestStatus.values()) {
            if (terminal.isTerminal()) {
                allow(terminal);
            }
        }
    }

    private RequestLifecycle() {}

    private static void allow(RequestStatus from, RequestStatus... to) {
        Set<RequestStatus> targets = EnumSet.noneOf(RequestStatus.class);
        targets.addAll(java.util.List.of(to));
        ALLOWED.put(from, Collections.unmodifiableSet(targets));
    }

    public static boolean isAllowed(RequestStatus from, RequestStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Refuses an illegal move with an error that names both states. */
    public static void check(RequestStatus from, RequestStatus to) {
        if (!isAllowed(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
    }

    public static Set<RequestStatus> nextStates(RequestStatus from) {
        return ALLOWED.get(from);
    }
}

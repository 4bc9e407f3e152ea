package org.privacyrights.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.privacyrights.deadline.Deadline;
import org.privacyrights.subject.domain.DataSubject;
import org.privacyrights.subject.domain.IdentityKind;

/** The owner of a further identity takes it off a request: while no work has started, and only that identity. */
class FurtherIdentityRefusalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    void anIdentityIsTakenOffWhileTheRequestWaitsForApproval() {
        PrivacyRequest request = awaitingApproval();
        ProvenIdentity victim = request.addProvenIdentity(IdentityKind.EMAIL, null, "Victim@Corp.test", NOW)
                .orElseThrow();
        ProvenIdentity own = request.addProvenIdentity(IdentityKind.CUSTOMER_ID, "helpdesk", "C-1", NOW)
                .orElseThrow();
        victim.notifiedTo("victim@corp.test", "hash");

        assertThat(request.addProvenIdentity(IdentityKind.EMAIL, null, "victim@corp.test", NOW))
                .as("a repeat adds nothing and tells no one again")
                .isEmpty();
        assertThat(request.detachIdentity(victim, NOW)).isTrue();
        assertThat(request.furtherIdentities()).containsExactly(own);
        assertThat(request.detachIdentity(victim, NOW)).as("once").isFalse();
    }

    @Test
    void onceWorkHasStartedTheIdentityStays() {
        PrivacyRequest request = awaitingApproval();
        ProvenIdentity added = request.addProvenIdentity(IdentityKind.EMAIL, null, "victim@corp.test", NOW)
                .orElseThrow();
        request.moveTo(RequestStatus.IN_PROGRESS, NOW);

        assertThat(request.detachIdentity(added, NOW)).isFalse();
        assertThat(request.furtherIdentities()).containsExactly(added);
    }

    @Test
    void aRequestPausedDuringItsWorkKeepsTheIdentity() {
        PrivacyRequest request = awaitingApproval();
        ProvenIdentity added = request.addProvenIdentity(IdentityKind.EMAIL, null, "victim@corp.test", NOW)
                .orElseThrow();
        request.moveTo(RequestStatus.IN_PROGRESS, NOW);
        request.planTasks(java.util.List.of("mail"), NOW);
        request.task("mail").orElseThrow().start(NOW);
        request.moveTo(RequestStatus.PAUSED, NOW);

        assertThat(request.acceptsFurtherIdentities()).isTrue();
        assertThat(request.detachIdentity(added, NOW)).isFalse();
        assertThat(request.furtherIdentities()).containsExactly(added);
    }

    private static PrivacyRequest awaitingApproval() {
        PrivacyRequest request = new PrivacyRequest(
                new DataSubject(NOW),
                RequestType.ACCESS,
                Channel.PORTAL,
                "attacker@example.org",
                null,
                new Deadline(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(1)),
                NOW);
        request.moveTo(RequestStatus.VERIFIED, NOW);
        request.moveTo(RequestStatus.AWAITING_APPROVAL, NOW);
        return request;
    }
}

package org.privacyrights.preference.application;

import java.util.List;
import org.privacyrights.policy.application.PolicyText;

/** What the preference centre shows the holder of a link: each purpose with their decision, and what to accept. */
public record PreferencesView(String email, List<PurposeChoice> purposes, List<PolicyText> waitingPolicies) {

    /** A purpose and the person's current decision: {@code null} while they never decided. */
    public record PurposeChoice(
            String code, String name, String description, boolean directMarketing, Boolean granted) {}
}

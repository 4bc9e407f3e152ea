package org.privacyrights.register.domain;

import java.util.List;
import java.util.Optional;

/**
 * One processing activity of the register (Art. 30): what a connected system's processing is for, on which legal
 * basis, about whom and what, who receives it (and where outside the EU, under which safeguards), how long it is kept,
 * how it is protected, and the organisation's role in it. The Art. 15 summary quotes it.
 */
public record ProcessingActivity(
        String system,
        String title,
        Role role,
        String controllerName,
        List<String> purposes,
        String legalBasis,
        String assessment,
        List<String> subjectCategories,
        List<String> categories,
        List<String> recipients,
        List<Transfer> transfers,
        String retention,
        List<String> securityMeasures,
        String source,
        String automatedDecisions) {

    /** The organisation's part: deciding (alone or jointly), or processing for another controller. */
    public enum Role {
        CONTROLLER,
        JOINT_CONTROLLER,
        PROCESSOR
    }

    /** A transfer to a country outside the EU/EEA and the safeguard it rests on (Art. 44-49). */
    public record Transfer(String recipient, String country, String safeguard) {}

    public ProcessingActivity {
        purposes = List.copyOf(purposes);
        subjectCategories = List.copyOf(subjectCategories);
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
        transfers = List.copyOf(transfers);
        securityMeasures = List.copyOf(securityMeasures);
    }

    /** The other controller(s), for a joint controller or a processor. */
    public Optional<String> otherController() {
        return Optional.ofNullable(controllerName);
    }

    /** The legitimate-interest assessment behind the legal basis, where that is Art. 6(1)(f). */
    public Optional<String> legitimateInterestAssessment() {
        return Optional.ofNullable(assessment);
    }

    public boolean restsOnLegitimateInterest() {
        return legalBasis.contains("6(1)(f)");
    }
}

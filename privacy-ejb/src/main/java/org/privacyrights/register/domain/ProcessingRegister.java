package org.privacyrights.register.domain;

import java.util.List;
import java.util.Optional;

/** The controller and its processing activities, one per connected system. */
public record ProcessingRegister(
        Controller controller, List<ProcessingActivity> activities, List<LegitimateInterestAssessment> assessments) {

    /** Who answers for the processing, and where a subject can complain (Art. 13(1)(a)-(b), 15(1)(f)). */
    public record Controller(
            String name,
            String address,
            String contact,
            String dpoContact,
            String authorityName,
            String authorityUrl) {}

    public ProcessingRegister {
        activities = List.copyOf(activities);
        assessments = List.copyOf(assessments);
    }

    public Optional<LegitimateInterestAssessment> assessment(String id) {
        return assessments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<ProcessingActivity> forSystem(String system) {
        return activities.stream().filter(a -> a.system().equals(system)).findFirst();
    }
}

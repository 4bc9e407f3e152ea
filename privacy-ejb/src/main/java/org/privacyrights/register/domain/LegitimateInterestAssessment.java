package org.privacyrights.register.domain;

import java.time.LocalDate;

/**
 * A legitimate-interest assessment (Art. 6(1)(f)): the interest pursued (purpose test), why the processing is needed
 * for it (necessity test), how it weighs against the people's interests and rights (balancing test), the outcome,
 * and who signed it off when.
 */
public record LegitimateInterestAssessment(
        String id,
        String title,
        String purposeTest,
        String necessityTest,
        String balancingTest,
        String outcome,
        String signedOffBy,
        LocalDate signedOffOn) {}

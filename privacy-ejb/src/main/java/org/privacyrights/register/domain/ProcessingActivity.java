package org.privacyrights.register.domain;

import java.util.List;

/**
 * One system's entry in the register: the organisation's role for it (controller, or processor on someone's
 * behalf), the purposes and their legal basis, the categories of data, who receives them, how long they are kept,
 * where they come from, and whether decisions are taken on them automatically (Art. 15(1)(a)-(h), Art. 30).
 */
public record ProcessingActivity(
        String system,
        String title,
        Role role,
        List<String> purposes,
        String legalBasis,
        List<String> categories,
        List<String> recipients,
        String retention,
        String source,
        String automatedDecisions) {

    public enum Role {
        CONTROLLER,
        PROCESSOR
    }

    public ProcessingActivity {
        purposes = List.copyOf(purposes);
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
    }
}

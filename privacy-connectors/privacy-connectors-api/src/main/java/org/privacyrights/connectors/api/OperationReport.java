package org.privacyrights.connectors.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The outcome of a change (erase, rectify, restrict) in one system, record by record. */
public record OperationReport(String system, List<RecordOutcome> outcomes) implements Serializable {

    public OperationReport {
        outcomes = List.copyOf(outcomes);
    }

    public Map<RecordOutcome.Action, Long> countsByAction() {
        return outcomes.stream()
                .collect(Collectors.groupingBy(RecordOutcome::action, TreeMap::new, Collectors.counting()));
    }

    public List<RecordOutcome> kept() {
        return outcomes.stream()
                .filter(o -> o.action() == RecordOutcome.Action.KEPT)
                .toList();
    }

    /** Records left for a staff decision, one by one. */
    public List<RecordOutcome> awaitingDecision() {
        return outcomes.stream()
                .filter(o -> o.action() == RecordOutcome.Action.AWAITS_DECISION)
                .toList();
    }
}

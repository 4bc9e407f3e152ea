package org.privacyrights.policy.application;

import java.util.List;

/**
 * Whether the person may go on, and if not, which documents wait for them and the page where they accept them
 * (which sends them back to the caller's return URL afterwards).
 */
public record GateAnswer(boolean acknowledged, List<PendingDocument> pending, String acknowledgeUrl) {

    /** A document and the version the person must accept. */
    public record PendingDocument(String document, int version) {}
}

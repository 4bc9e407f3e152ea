package org.privacyrights.request.application;

import java.util.List;
import org.privacyrights.connectors.api.ErasurePolicy;

/**
 * Everything the staff's page of one request shows, read together: where it stands with each system's progress,
 * its history from the audit trail, the staff's notes, and for an erasure what it keeps ({@code null} otherwise).
 */
public record RequestWorkspace(
        RequestDetails request, List<TimelineEntry> timeline, List<NoteView> notes, ErasurePolicy erasurePolicy) {}

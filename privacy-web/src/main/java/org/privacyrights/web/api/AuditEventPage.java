package org.privacyrights.web.api;

import java.util.List;
import org.privacyrights.audit.application.AuditLine;

/** A page of the audit trail, newest first, with the number of all matching events. */
public record AuditEventPage(List<AuditLine> events, long total, int page, int size) {}

package org.privacyrights.request.application;

import java.util.List;

/** A page of the staff queue and the total it was cut from. */
public record RequestPage(List<RequestSummary> items, long total, int page, int size) {}

package org.privacyrights.register.application;

import java.time.Instant;

/** One saved version of the register: when, by whom, what changed. */
public record RegisterVersionView(int version, Instant savedAt, String savedBy, String change) {}

package org.privacyrights.connectors.api;

import java.io.Serializable;

/**
 * One record a connector found: an id the same connector understands again (for export, erasure), its data category
 * and where it lives. Ids are stable across runs, so an operation can be repeated safely.
 */
public record RecordRef(String id, String category, String location) implements Serializable {}

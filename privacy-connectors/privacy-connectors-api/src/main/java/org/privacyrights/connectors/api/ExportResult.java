package org.privacyrights.connectors.api;

import java.io.Serializable;

/** How much an export wrote. */
public record ExportResult(String system, int files, long records) implements Serializable {}

package org.privacyrights.connectors.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export writes its files, one after the other (a ZIP, a directory). A connector writes each file
 * completely and closes it before opening the next; it never holds a whole mailbox in memory.
 */
public interface ExportSink {

    /** Opens the next file at {@code path} (relative, with '/' separators). Close it when written. */
    OutputStream open(String path, String mediaType) throws IOException;
}

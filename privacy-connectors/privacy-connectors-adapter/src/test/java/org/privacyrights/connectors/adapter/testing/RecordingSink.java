package org.privacyrights.connectors.adapter.testing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.privacyrights.connectors.api.ExportSink;

/** Keeps the path of every file an export opens, in order, and throws the content away. */
public final class RecordingSink implements ExportSink {

    private final List<String> paths = new ArrayList<>();

    @Override
    public synchronized OutputStream open(String path, String mediaType) {
        paths.add(path);
        return OutputStream.nullOutputStream();
    }

    public synchronized List<String> paths() {
        return List.copyOf(paths);
    }
}

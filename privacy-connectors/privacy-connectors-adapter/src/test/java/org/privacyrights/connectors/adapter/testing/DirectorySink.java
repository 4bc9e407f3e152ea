package org.privacyrights.connectors.adapter.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.privacyrights.connectors.api.ExportSink;

/** Writes an export into a directory, refusing paths that would leave it. */
public final class DirectorySink implements ExportSink {

    private final Path root;
    private int opened;

    public DirectorySink(Path root) {
        this.root = root;
    }

    @Override
    public OutputStream open(String path, String mediaType) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Export path leaves the export: " + path);
        }
        Files.createDirectories(target.getParent());
        opened++;
        return Files.newOutputStream(target);
    }

    public int filesOpened() {
        return opened;
    }
}

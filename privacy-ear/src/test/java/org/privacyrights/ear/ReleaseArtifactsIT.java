package org.privacyrights.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The release artifacts hold nothing of the demonstration: no class of an {@code org.privacyrights.demo} package
 * (the generated requests, the demo mailbox, the demo backends) and no page under {@code demo/}, in the archive
 * itself or in any archive inside it. The demonstration lives in the privacy-demo module and reaches only the quick
 * start.
 */
class ReleaseArtifactsIT {

    @ParameterizedTest
    @ValueSource(strings = {"privacy.ear", "privacy.web.war"})
    void holdNothingOfTheDemonstration(String artifact) throws IOException {
        Path file = Path.of(System.getProperty(artifact));
        assertThat(file).exists();
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            list(file.getFileName().toString(), in, entries);
        }

        assertThat(entries).as("what the artifact holds").hasSizeGreaterThan(100);
        assertThat(entries)
                .filteredOn(entry -> entry.contains("org/privacyrights/demo/") || isDemoPage(entry))
                .isEmpty();
    }

    private static boolean isDemoPage(String entry) {
        String inArchive = entry.substring(entry.lastIndexOf('!') + 1);
        return inArchive.startsWith("demo/") || inArchive.contains("/demo/") && !inArchive.endsWith(".class");
    }

    /** Every entry as {@code outer!inner!path}, descending into the jars, wars and rars inside. */
    private static void list(String name, InputStream archive, List<String> entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String path = name + "!" + entry.getName();
            entries.add(path);
            if (entry.getName().matches(".*\\.(jar|war|rar)")) {
                list(path, zip, entries);
            }
        }
    }
}

package org.privacyrights.register.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

class RegisterImportTest {

    private final StoredVersions versions = new StoredVersions();
    private final RegisterImport start = new RegisterImport();

    @BeforeEach
    void installation() {
        start.source = new RegisterSource();
        start.source.file = "../config/register.json";
        start.versions = versions;
    }

    @Test
    void theFirstStartStoresTheFileAsVersionOne() {
        start.first = new FirstVersion(versions, Race.NONE);

        start.importFirstVersion();

        assertThat(versions.all()).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.savedBy()).isEqualTo("this instance");
            assertThat(v.content()).contains("\"activities\"");
        });
    }

    @Test
    void anInstanceThatLostTheRaceStartsWithTheOthersVersion() {
        start.first = new FirstVersion(versions, Race.LOST);

        start.importFirstVersion();

        assertThat(versions.all()).singleElement().satisfies(v -> assertThat(v.savedBy())
                .isEqualTo("another instance"));
    }

    @Test
    void aFailureThatStoredNothingStopsTheStart() {
        start.first = new FirstVersion(versions, Race.DATABASE_DOWN);

        assertThatThrownBy(start::importFirstVersion).isInstanceOf(EJBException.class);
        assertThat(versions.all()).isEmpty();
    }

    @Test
    void aLaterStartLeavesTheRegisterAlone() {
        versions.store(new RegisterVersion(3, "{}", "hash", "staff", "edited", Instant.EPOCH));
        start.first = new FirstVersion(versions, Race.DATABASE_DOWN);

        start.importFirstVersion();

        assertThat(versions.all()).extracting(RegisterVersion::version).containsExactly(3);
    }

    private enum Race {
        NONE,
        LOST,
        DATABASE_DOWN
    }

    /** The version 1 transaction, with what the database did to it. */
    private static final class FirstVersion extends FirstRegisterVersion {

        private final StoredVersions stored;
        private final Race race;

        FirstVersion(StoredVersions stored, Race race) {
            this.stored = stored;
            this.race = race;
        }

        @Override
        public void store(String content, String note) {
            switch (race) {
                case LOST -> {
                    // The other instance committed version 1 first; ours breaks the primary key.
                    stored.store(version("another instance", content, note));
                    throw new EJBException("duplicate key value violates unique constraint");
                }
                case DATABASE_DOWN -> throw new EJBException("connection refused");
                default -> stored.store(version("this instance", content, note));
            }
        }

        private static RegisterVersion version(String savedBy, String content, String note) {
            return new RegisterVersion(1, content, "hash", savedBy, note, Instant.EPOCH);
        }
    }

    private static final class StoredVersions implements RegisterVersions {

        private final List<RegisterVersion> stored = new ArrayList<>();

        @Override
        public Optional<Integer> newest() {
            return stored.stream().map(RegisterVersion::version).max(Comparator.naturalOrder());
        }

        @Override
        public Optional<RegisterVersion> version(int version) {
            return stored.stream().filter(v -> v.version() == version).findFirst();
        }

        @Override
        public List<RegisterVersion> all() {
            return List.copyOf(stored);
        }

        @Override
        public void store(RegisterVersion version) {
            stored.add(version);
        }
    }
}

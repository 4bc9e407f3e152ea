package org.privacyrights.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.register.domain.ProcessingRegister;
import org.privacyrights.register.domain.RegisterVersion;
import org.privacyrights.register.domain.RegisterVersions;

/**
 * The register in force: the newest version staff saved, read again only when a newer one was saved (by this
 * instance or another). The first version comes from the installation's file ({@code privacy.register.file}, see
 * config/register.json), imported at the first start; a missing or malformed entry fails with the field named.
 */
@ApplicationScoped
public class RegisterSource {

    /** How long this instance trusts what it read before it asks whether another saved a newer version. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "privacy.register.file", defaultValue = "config/register.json")
    String file;

    @Inject
    RegisterVersions versions;

    @Inject
    Clock clock;

    private ProcessingRegister register;
    private int version;
    private Instant checkedAt = Instant.MIN;

    public synchronized ProcessingRegister register() {
        Instant now = clock.instant();
        if (register != null && now.isBefore(checkedAt.plus(RECHECK))) {
            return register;
        }
        Optional<Integer> newest = versions.newest();
        checkedAt = now;
        if (newest.isEmpty()) {
            // Before the import (tests outside the container, a start that has not got there yet): the file.
            return read(Path.of(file));
        }
        if (register == null || newest.get() != version) {
            RegisterVersion stored = versions.version(newest.get()).orElseThrow();
            register = parse(stored);
            version = stored.version();
        }
        return register;
    }

    /** Forgets what was read, after this instance saved a new version. */
    public synchronized void saved() {
        register = null;
    }

    /** The version in force, its number with it. */
    public synchronized int version() {
        register();
        return version;
    }

    /** Where the installation's register file is. */
    public String file() {
        return file;
    }

    /** The installation's file, the first version of its register. */
    public ProcessingRegister fromFile() {
        return read(Path.of(file));
    }

    static ProcessingRegister parse(RegisterVersion stored) {
        try (JsonReader json = Json.createReader(new StringReader(stored.content()))) {
            return RegisterJson.parse(json.readObject(), "register version " + stored.version());
        }
    }

    /** Reads a register file: the first version of an installation's register, imported at its first start. */
    static ProcessingRegister read(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            return RegisterJson.parse(json.readObject(), "privacy.register.file: " + path);
        } catch (IOException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " can't be read: " + e.getMessage(), e);
        } catch (JsonParsingException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " is not a valid register: " + e, e);
        }
    }
}

package org.privacyrights.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;

/**
 * The register as the installation describes it in a JSON file ({@code privacy.register.file}, see
 * config/register.json). Read once; a missing or malformed entry fails with the file and field named.
 */
@ApplicationScoped
public class RegisterSource {

    @Inject
    @ConfigProperty(name = "privacy.register.file", defaultValue = "config/register.json")
    String file;

    private ProcessingRegister register;

    public synchronized ProcessingRegister register() {
        if (register == null) {
            register = read(Path.of(file));
        }
        return register;
    }

    static ProcessingRegister read(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            JsonObject root = json.readObject();
            JsonObject controller = object(root, "controller", path);
            JsonObject authority = object(controller, "supervisoryAuthority", path);
            ProcessingRegister.Controller who = new ProcessingRegister.Controller(
                    text(controller, "name", path),
                    text(controller, "address", path),
                    text(controller, "contact", path),
                    text(controller, "dataProtectionOfficer", path),
                    text(authority, "name", path),
                    text(authority, "url", path));
            List<ProcessingActivity> activities = root.getJsonArray("activities").stream()
                    .map(JsonValue::asJsonObject)
                    .map(activity -> activity(activity, path))
                    .toList();
            return new ProcessingRegister(who, activities);
        } catch (IOException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " can't be read: " + e.getMessage(), e);
        } catch (JsonParsingException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " is not a valid register: " + e, e);
        }
    }

    private static ProcessingActivity activity(JsonObject activity, Path path) {
        String role = text(activity, "role", path);
        try {
            return new ProcessingActivity(
                    text(activity, "system", path),
                    text(activity, "title", path),
                    ProcessingActivity.Role.valueOf(role),
                    texts(activity, "purposes", path),
                    text(activity, "legalBasis", path),
                    texts(activity, "categories", path),
                    texts(activity, "recipients", path),
                    text(activity, "retention", path),
                    text(activity, "source", path),
                    text(activity, "automatedDecisions", path));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(path + ": role must be CONTROLLER or PROCESSOR, not " + role, e);
        }
    }

    private static JsonObject object(JsonObject parent, String name, Path path) {
        if (!(parent.get(name) instanceof JsonObject object)) {
            throw new IllegalStateException(path + ": '" + name + "' is missing or not an object");
        }
        return object;
    }

    private static String text(JsonObject parent, String name, Path path) {
        if (!(parent.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            throw new IllegalStateException(path + ": '" + name + "' is missing or empty");
        }
        return value.getString();
    }

    private static List<String> texts(JsonObject parent, String name, Path path) {
        if (!(parent.get(name) instanceof JsonArray values)) {
            throw new IllegalStateException(path + ": '" + name + "' must be a list of texts");
        }
        return values.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}

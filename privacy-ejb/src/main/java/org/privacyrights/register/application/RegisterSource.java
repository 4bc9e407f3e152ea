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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
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
            List<LegitimateInterestAssessment> assessments = root.containsKey("legitimateInterestAssessments")
                    ? root.getJsonArray("legitimateInterestAssessments").stream()
                            .map(JsonValue::asJsonObject)
                            .map(assessment -> assessment(assessment, path))
                            .toList()
                    : List.of();
            ProcessingRegister register = new ProcessingRegister(who, activities, assessments);
            for (ProcessingActivity activity : activities) {
                checkConsistent(activity, register, path);
            }
            return register;
        } catch (IOException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " can't be read: " + e.getMessage(), e);
        } catch (JsonParsingException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("privacy.register.file: " + path + " is not a valid register: " + e, e);
        }
    }

    private static ProcessingActivity activity(JsonObject activity, Path path) {
        String role = text(activity, "role", path);
        ProcessingActivity.Role parsed;
        try {
            parsed = ProcessingActivity.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    path + ": role must be CONTROLLER, JOINT_CONTROLLER or PROCESSOR, not " + role, e);
        }
        return new ProcessingActivity(
                text(activity, "system", path),
                text(activity, "title", path),
                parsed,
                optionalText(activity, "controller"),
                texts(activity, "purposes", path),
                text(activity, "legalBasis", path),
                optionalText(activity, "legitimateInterestAssessment"),
                optionalTexts(activity, "subjectCategories", path),
                texts(activity, "categories", path),
                texts(activity, "recipients", path),
                optionalList(activity, "transfers", path).stream()
                        .map(JsonValue::asJsonObject)
                        .map(transfer -> new ProcessingActivity.Transfer(
                                text(transfer, "recipient", path),
                                text(transfer, "country", path),
                                text(transfer, "safeguard", path)))
                        .toList(),
                text(activity, "retention", path),
                optionalTexts(activity, "securityMeasures", path),
                text(activity, "source", path),
                text(activity, "automatedDecisions", path));
    }

    private static LegitimateInterestAssessment assessment(JsonObject assessment, Path path) {
        String date = text(assessment, "signedOffOn", path);
        try {
            return new LegitimateInterestAssessment(
                    text(assessment, "id", path),
                    text(assessment, "title", path),
                    text(assessment, "purposeTest", path),
                    text(assessment, "necessityTest", path),
                    text(assessment, "balancingTest", path),
                    text(assessment, "outcome", path),
                    text(assessment, "signedOffBy", path),
                    LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(path + ": signedOffOn must be a date (YYYY-MM-DD), not " + date, e);
        }
    }

    /** A processor or joint controller names the other controller; Art. 6(1)(f) names its assessment. */
    private static void checkConsistent(ProcessingActivity activity, ProcessingRegister register, Path path) {
        if (activity.role() != ProcessingActivity.Role.CONTROLLER
                && activity.otherController().isEmpty()) {
            throw new IllegalStateException(path + ": activity '" + activity.title() + "' is " + activity.role()
                    + " and must name the controller ('controller')");
        }
        if (activity.restsOnLegitimateInterest()) {
            String id = activity.legitimateInterestAssessment()
                    .orElseThrow(() -> new IllegalStateException(path + ": activity '" + activity.title()
                            + "' rests on Art. 6(1)(f) and must name its 'legitimateInterestAssessment'"));
            if (register.assessment(id).isEmpty()) {
                throw new IllegalStateException(
                        path + ": activity '" + activity.title() + "' names the unknown assessment '" + id + "'");
            }
        }
    }

    private static String optionalText(JsonObject parent, String name) {
        return parent.get(name) instanceof JsonString value
                        && !value.getString().isBlank()
                ? value.getString()
                : null;
    }

    private static List<String> optionalTexts(JsonObject parent, String name, Path path) {
        return parent.containsKey(name) ? texts(parent, name, path) : List.of();
    }

    private static List<JsonValue> optionalList(JsonObject parent, String name, Path path) {
        if (!parent.containsKey(name)) {
            return List.of();
        }
        if (!(parent.get(name) instanceof JsonArray values)) {
            throw new IllegalStateException(path + ": '" + name + "' must be a list");
        }
        return values;
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

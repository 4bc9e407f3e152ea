package org.privacyrights.register.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;

/**
 * The register as JSON, both ways: the shape of {@code config/register.json}, in which the first version is imported
 * and every later version is stored. Reading checks what the register must hold together: a processor or joint
 * controller names the controller, and Art. 6(1)(f) names an assessment that exists.
 */
public final class RegisterJson {

    private RegisterJson() {}

    /** The register a JSON document describes; {@code path} names the document in every message. */
    public static ProcessingRegister parse(JsonObject root, String path) {
        try {
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
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalStateException(path + " is not a valid register: " + e, e);
        }
    }

    public static ProcessingActivity activity(JsonObject activity, String path) {
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

    public static LegitimateInterestAssessment assessment(JsonObject assessment, String path) {
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
    static void checkConsistent(ProcessingActivity activity, ProcessingRegister register, String path) {
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

    private static List<String> optionalTexts(JsonObject parent, String name, String path) {
        return parent.containsKey(name) ? texts(parent, name, path) : List.of();
    }

    private static List<JsonValue> optionalList(JsonObject parent, String name, String path) {
        if (!parent.containsKey(name)) {
            return List.of();
        }
        if (!(parent.get(name) instanceof JsonArray values)) {
            throw new IllegalStateException(path + ": '" + name + "' must be a list");
        }
        return values;
    }

    private static JsonObject object(JsonObject parent, String name, String path) {
        if (!(parent.get(name) instanceof JsonObject object)) {
            throw new IllegalStateException(path + ": '" + name + "' is missing or not an object");
        }
        return object;
    }

    private static String text(JsonObject parent, String name, String path) {
        if (!(parent.get(name) instanceof JsonString value) || value.getString().isBlank()) {
            throw new IllegalStateException(path + ": '" + name + "' is missing or empty");
        }
        return value.getString();
    }

    private static List<String> texts(JsonObject parent, String name, String path) {
        if (!(parent.get(name) instanceof JsonArray values)) {
            throw new IllegalStateException(path + ": '" + name + "' must be a list of texts");
        }
        return values.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** The register as a JSON document that {@link #parse} reads back into the same register. */
    public static JsonObject write(ProcessingRegister register) {
        ProcessingRegister.Controller controller = register.controller();
        JsonArrayBuilder activities = Json.createArrayBuilder();
        register.activities().forEach(activity -> activities.add(write(activity)));
        JsonArrayBuilder assessments = Json.createArrayBuilder();
        register.assessments().forEach(assessment -> assessments.add(write(assessment)));
        return Json.createObjectBuilder()
                .add(
                        "controller",
                        Json.createObjectBuilder()
                                .add("name", controller.name())
                                .add("address", controller.address())
                                .add("contact", controller.contact())
                                .add("dataProtectionOfficer", controller.dpoContact())
                                .add(
                                        "supervisoryAuthority",
                                        Json.createObjectBuilder()
                                                .add("name", controller.authorityName())
                                                .add("url", controller.authorityUrl())))
                .add("activities", activities)
                .add("legitimateInterestAssessments", assessments)
                .build();
    }

    public static JsonObject write(ProcessingActivity activity) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("system", activity.system())
                .add("title", activity.title())
                .add("role", activity.role().name());
        activity.otherController().ifPresent(name -> json.add("controller", name));
        json.add("purposes", Json.createArrayBuilder(activity.purposes())).add("legalBasis", activity.legalBasis());
        activity.legitimateInterestAssessment().ifPresent(id -> json.add("legitimateInterestAssessment", id));
        JsonArrayBuilder transfers = Json.createArrayBuilder();
        activity.transfers()
                .forEach(transfer -> transfers.add(Json.createObjectBuilder()
                        .add("recipient", transfer.recipient())
                        .add("country", transfer.country())
                        .add("safeguard", transfer.safeguard())));
        return json.add("subjectCategories", Json.createArrayBuilder(activity.subjectCategories()))
                .add("categories", Json.createArrayBuilder(activity.categories()))
                .add("recipients", Json.createArrayBuilder(activity.recipients()))
                .add("transfers", transfers)
                .add("retention", activity.retention())
                .add("securityMeasures", Json.createArrayBuilder(activity.securityMeasures()))
                .add("source", activity.source())
                .add("automatedDecisions", activity.automatedDecisions())
                .build();
    }

    public static JsonObject write(LegitimateInterestAssessment assessment) {
        return Json.createObjectBuilder()
                .add("id", assessment.id())
                .add("title", assessment.title())
                .add("purposeTest", assessment.purposeTest())
                .add("necessityTest", assessment.necessityTest())
                .add("balancingTest", assessment.balancingTest())
                .add("outcome", assessment.outcome())
                .add("signedOffBy", assessment.signedOffBy())
                .add("signedOffOn", assessment.signedOffOn().toString())
                .build();
    }
}

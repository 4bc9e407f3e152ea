package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a data map. Table and column names become part of SQL, so each must be a plain identifier;
 * every entity's parents must come before it and every entity must be reachable from the subject; anything wrong is
 * refused with the place it is wrong. Whether the tables and columns exist is checked against the database
 * ({@link DataMapSchemaCheck}).
 */
final class DataMapParser {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final List<String> KINDS = List.of("email", "customerId");

    private DataMapParser() {}

    static DataMap parse(Reader json) {
        JsonObject root;
        try {
            root = Json.createReader(json).readObject();
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("The data map is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, DataMap.Hold> categoryHolds = new LinkedHashMap<>();
        if (root.containsKey("holds")) {
            for (var hold : object(root, "holds", "data map").entrySet()) {
                categoryHolds.put(
                        hold.getKey(),
                        hold(asObject(hold.getValue(), "holds." + hold.getKey()), "holds." + hold.getKey()));
            }
        }
        JsonObject subject = required(root, "subject", "data map").asJsonObject();
        String subjectEntity = text(subject, "entity", "subject");
        List<DataMap.Entity> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue value : required(root, "entities", "data map").asJsonArray()) {
            DataMap.Entity entity = entity(asObject(value, "entity"), categoryHolds);
            for (DataMap.Link link : entity.links()) {
                if (!seen.contains(link.parent())) {
                    throw new IllegalArgumentException("Entity '" + entity.name() + "': its parent '" + link.parent()
                            + "' must be listed before it");
                }
            }
            boolean reachable = entity.name().equals(subjectEntity)
                    || !entity.identities().isEmpty()
                    || !entity.links().isEmpty();
            if (!reachable) {
                throw new IllegalArgumentException("Entity '" + entity.name()
                        + "' cannot be reached from the subject: give it 'links' (or 'parent') or 'identities'");
            }
            if (!seen.add(entity.name())) {
                throw new IllegalArgumentException("Entity '" + entity.name() + "' is listed twice");
            }
            entities.add(entity);
        }
        if (!seen.contains(subjectEntity)) {
            throw new IllegalArgumentException("subject.entity '" + subjectEntity + "' is not an entity");
        }
        Map<String, List<DataMap.IdentityPath>> identities = identities(subject, "subject");
        if (identities.isEmpty()) {
            throw new IllegalArgumentException("subject.identities: name at least one way to find the person");
        }
        Map<String, DataMap.ColumnRef> attributes = new LinkedHashMap<>();
        if (subject.containsKey("attributes")) {
            for (var attribute : object(subject, "attributes", "subject").entrySet()) {
                attributes.put(
                        attribute.getKey(),
                        columnRef(
                                attribute.getValue(), subjectEntity, seen, "subject.attributes." + attribute.getKey()));
            }
        }
        DataMap.ActiveFlag active = null;
        if (subject.containsKey("active")) {
            JsonObject flag = object(subject, "active", "subject");
            DataMap.ColumnRef column = columnRef(flag, subjectEntity, seen, "subject.active");
            active = new DataMap.ActiveFlag(
                    column.entity(),
                    column.column(),
                    scalar(flag.get("active"), "subject.active.active"),
                    scalar(flag.get("inactive"), "subject.active.inactive"));
        }
        return new DataMap(
                new DataMap.SubjectMapping(subjectEntity, identities, attributes, active), List.copyOf(entities));
    }

    private static DataMap.Entity entity(JsonObject json, Map<String, DataMap.Hold> categoryHolds) {
        String name = identifier(text(json, "name", "entity"), "entity name");
        String where = "entity '" + name + "'";
        Map<String, DataMap.Column> columns = new LinkedHashMap<>();
        if (json.containsKey("columns")) {
            for (var column : object(json, "columns", where).entrySet()) {
                String at = where + " column '" + column.getKey() + "'";
                JsonObject rule = asObject(column.getValue(), at);
                DataMap.ColumnErasure erase =
                        enumValue(DataMap.ColumnErasure.class, rule.getString("erase", "keep"), at + ".erase");
                Object value = null;
                if (erase == DataMap.ColumnErasure.SET) {
                    value = scalar(rule.get("value"), at + ".value");
                } else if (rule.containsKey("value")) {
                    throw new IllegalArgumentException(at + ".value: only 'erase': 'set' takes a value");
                }
                columns.put(
                        identifier(column.getKey(), at),
                        new DataMap.Column(
                                rule.getString("category", "personal data"), erase, value, encoding(rule, at)));
            }
        }
        DataMap.FileColumns file = null;
        if (json.containsKey("file")) {
            JsonObject f = object(json, "file", where);
            file = new DataMap.FileColumns(
                    identifier(text(f, "content", where + ".file"), where + ".file.content"),
                    identifier(text(f, "name", where + ".file"), where + ".file.name"),
                    f.containsKey("mediaType")
                            ? identifier(text(f, "mediaType", where + ".file"), where + ".file.mediaType")
                            : null,
                    encoding(f, where + ".file"));
        }
        List<DataMap.Link> links = new ArrayList<>();
        if (json.containsKey("parent") || json.containsKey("parentKey")) {
            links.add(new DataMap.Link(
                    identifier(text(json, "parent", where), where + ".parent"),
                    null,
                    List.of(),
                    identifier(
                            text(json, "parentKey", where + " (parent and parentKey go together)"),
                            where + ".parentKey")));
        }
        if (json.containsKey("links")) {
            JsonArray array = required(json, "links", where).asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = where + ".links[" + i + "]";
                JsonObject link = asObject(array.get(i), at);
                links.add(new DataMap.Link(
                        identifier(text(link, "parent", at), at + ".parent"),
                        link.containsKey("parentColumn")
                                ? identifier(text(link, "parentColumn", at), at + ".parentColumn")
                                : null,
                        hops(link, at),
                        identifier(text(link, "column", at), at + ".column")));
            }
        }
        String category = text(json, "category", where);
        DataMap.Hold hold = json.containsKey("hold")
                ? hold(object(json, "hold", where), where + ".hold")
                : categoryHolds.get(category);
        DataMap.RowErasure erase =
                enumValue(DataMap.RowErasure.class, json.getString("erase", "delete"), where + ".erase");
        DataMap.Reassignment reassign = null;
        if (erase == DataMap.RowErasure.REASSIGN) {
            JsonObject r = object(json, "reassign", where + " (erase 'reassign' needs it)");
            reassign = new DataMap.Reassignment(
                    identifier(text(r, "column", where + ".reassign"), where + ".reassign.column"),
                    scalar(r.get("placeholder"), where + ".reassign.placeholder"));
        }
        return new DataMap.Entity(
                name,
                identifier(text(json, "table", where), where + ".table"),
                identifier(text(json, "key", where), where + ".key"),
                List.copyOf(links),
                identities(json, where),
                category,
                erase,
                columns,
                file,
                hold,
                reassign);
    }

    private static DataMap.Hold hold(JsonObject json, String where) {
        String ground = text(json, "ground", where);
        if (ground.isBlank()) {
            throw new IllegalArgumentException(where + ".ground: name the legal ground");
        }
        Integer years = null;
        String from = null;
        if (json.containsKey("years")) {
            if (!(json.get("years") instanceof JsonNumber number) || number.intValue() < 1) {
                throw new IllegalArgumentException(where + ".years must be a whole number of years, at least 1");
            }
            years = number.intValue();
            from = identifier(text(json, "from", where + " (years count from a date column)"), where + ".from");
        }
        return new DataMap.Hold(ground, years, from);
    }

    private static ContentEncoding encoding(JsonObject json, String where) {
        return json.containsKey("encoding")
                ? enumValue(ContentEncoding.class, text(json, "encoding", where).replace('-', '_'), where + ".encoding")
                : ContentEncoding.NONE;
    }

    private static DataMap.ColumnRef columnRef(
            JsonValue value, String subjectEntity, Set<String> entities, String where) {
        if (value instanceof JsonString column) {
            return new DataMap.ColumnRef(subjectEntity, identifier(column.getString(), where));
        }
        JsonObject json = asObject(value, where);
        String entity = json.containsKey("entity") ? text(json, "entity", where) : subjectEntity;
        if (!entities.contains(entity)) {
            throw new IllegalArgumentException(where + ".entity: '" + entity + "' is not an entity of the data map");
        }
        return new DataMap.ColumnRef(entity, identifier(text(json, "column", where), where + ".column"));
    }

    private static Map<String, List<DataMap.IdentityPath>> identities(JsonObject owner, String where) {
        Map<String, List<DataMap.IdentityPath>> identities = new LinkedHashMap<>();
        if (!owner.containsKey("identities")) {
            return identities;
        }
        for (var entry : object(owner, "identities", where).entrySet()) {
            String kind = entry.getKey();
            String at = where + ".identities." + kind;
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(at + ": identities are " + KINDS);
            }
            List<JsonValue> paths = entry.getValue() instanceof JsonArray array ? array : List.of(entry.getValue());
            List<DataMap.IdentityPath> list = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                JsonValue path = paths.get(i);
                String pathAt = paths.size() == 1 ? at : at + "[" + i + "]";
                if (path instanceof JsonString column) {
                    list.add(new DataMap.IdentityPath(List.of(), identifier(column.getString(), pathAt)));
                } else {
                    JsonObject json = asObject(path, pathAt);
                    list.add(new DataMap.IdentityPath(
                            hops(json, pathAt), identifier(text(json, "column", pathAt), pathAt + ".column")));
                }
            }
            identities.put(kind, List.copyOf(list));
        }
        return identities;
    }

    private static List<DataMap.Hop> hops(JsonObject json, String where) {
        List<DataMap.Hop> hops = new ArrayList<>();
        if (json.containsKey("through")) {
            JsonArray array = required(json, "through", where).asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = where + ".through[" + i + "]";
                JsonObject hop = asObject(array.get(i), at);
                hops.add(new DataMap.Hop(
                        identifier(text(hop, "table", at), at + ".table"),
                        identifier(text(hop, "column", at), at + ".column"),
                        identifier(text(hop, "next", at), at + ".next")));
            }
        }
        return List.copyOf(hops);
    }

    private static JsonObject object(JsonObject json, String field, String where) {
        return asObject(required(json, field, where), where + "." + field);
    }

    private static JsonObject asObject(JsonValue value, String where) {
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        return object;
    }

    private static Object scalar(JsonValue value, String where) {
        if (value == null) {
            throw new IllegalArgumentException(where + " is missing");
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).longValue();
            case STRING -> ((JsonString) value).getString();
            default -> throw new IllegalArgumentException(where + " must be true/false, a number or text");
        };
    }

    static String identifier(String name, String where) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a plain SQL identifier");
        }
        return name;
    }

    private static JsonValue required(JsonObject json, String field, String where) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException(where + " needs '" + field + "'");
        }
        return value;
    }

    private static String text(JsonObject json, String field, String where) {
        JsonValue value = required(json, field, where);
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(where + "." + field + " must be text");
        }
        return string.getString();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}

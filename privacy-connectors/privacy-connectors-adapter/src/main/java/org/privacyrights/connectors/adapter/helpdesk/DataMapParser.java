package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.json.Json;
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
 * every entity's parent must come before it; anything wrong is refused with the place it is wrong.
 */
final class DataMapParser {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private DataMapParser() {}

    static DataMap parse(Reader json) {
        JsonObject root;
        try {
            root = Json.createReader(json).readObject();
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("The data map is not valid JSON: " + e.getMessage(), e);
        }
        List<DataMap.Entity> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue value : required(root, "entities", "data map").asJsonArray()) {
            DataMap.Entity entity = entity(value.asJsonObject());
            if (entity.parent() != null && !seen.contains(entity.parent())) {
                throw new IllegalArgumentException("Entity '" + entity.name() + "': its parent '" + entity.parent()
                        + "' must be listed before it");
            }
            if (!seen.add(entity.name())) {
                throw new IllegalArgumentException("Entity '" + entity.name() + "' is listed twice");
            }
            entities.add(entity);
        }
        JsonObject subject = required(root, "subject", "data map").asJsonObject();
        String subjectEntity = text(subject, "entity", "subject");
        if (!seen.contains(subjectEntity)) {
            throw new IllegalArgumentException("subject.entity '" + subjectEntity + "' is not an entity");
        }
        DataMap.ActiveFlag active = null;
        if (subject.containsKey("active")) {
            JsonObject flag = subject.getJsonObject("active");
            active = new DataMap.ActiveFlag(
                    identifier(text(flag, "column", "subject.active"), "subject.active.column"),
                    scalar(flag.get("active")),
                    scalar(flag.get("inactive")));
        }
        return new DataMap(
                new DataMap.SubjectMapping(
                        subjectEntity,
                        columnMap(subject.getJsonObject("identities"), "subject.identities"),
                        columnMap(subject.getJsonObject("attributes"), "subject.attributes"),
                        active),
                List.copyOf(entities));
    }

    private static DataMap.Entity entity(JsonObject json) {
        String name = identifier(text(json, "name", "entity"), "entity name");
        String where = "entity '" + name + "'";
        Map<String, DataMap.Column> columns = new LinkedHashMap<>();
        JsonObject columnsJson = json.getJsonObject("columns");
        if (columnsJson != null) {
            for (var column : columnsJson.entrySet()) {
                JsonObject rule = column.getValue().asJsonObject();
                columns.put(
                        identifier(column.getKey(), where + " column"),
                        new DataMap.Column(
                                rule.getString("category", "personal data"),
                                enumValue(
                                        DataMap.ColumnErasure.class,
                                        rule.getString("erase", "keep"),
                                        where + " column " + column.getKey())));
            }
        }
        DataMap.FileColumns file = null;
        if (json.containsKey("file")) {
            JsonObject f = json.getJsonObject("file");
            file = new DataMap.FileColumns(
                    identifier(text(f, "content", where + ".file"), where + ".file.content"),
                    identifier(text(f, "name", where + ".file"), where + ".file.name"),
                    f.containsKey("mediaType")
                            ? identifier(f.getString("mediaType"), where + ".file.mediaType")
                            : null);
        }
        String parent = json.containsKey("parent") ? identifier(json.getString("parent"), where + ".parent") : null;
        String parentKey =
                json.containsKey("parentKey") ? identifier(json.getString("parentKey"), where + ".parentKey") : null;
        if ((parent == null) != (parentKey == null)) {
            throw new IllegalArgumentException(where + ": parent and parentKey go together");
        }
        return new DataMap.Entity(
                name,
                identifier(text(json, "table", where), where + ".table"),
                identifier(text(json, "key", where), where + ".key"),
                parent,
                parentKey,
                columnMap(json.getJsonObject("identities"), where + ".identities"),
                text(json, "category", where),
                enumValue(DataMap.RowErasure.class, json.getString("erase", "delete"), where + ".erase"),
                columns,
                file);
    }

    private static Map<String, String> columnMap(JsonObject json, String where) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json != null) {
            for (var entry : json.entrySet()) {
                if (!(entry.getValue() instanceof JsonString column)) {
                    throw new IllegalArgumentException(where + "." + entry.getKey() + " must name a column");
                }
                map.put(entry.getKey(), identifier(column.getString(), where + "." + entry.getKey()));
            }
        }
        return map;
    }

    private static Object scalar(JsonValue value) {
        if (value == null) {
            throw new IllegalArgumentException("subject.active needs both 'active' and 'inactive'");
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((jakarta.json.JsonNumber) value).longValue();
            case STRING -> ((JsonString) value).getString();
            default -> throw new IllegalArgumentException("subject.active values are true/false, numbers or text");
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

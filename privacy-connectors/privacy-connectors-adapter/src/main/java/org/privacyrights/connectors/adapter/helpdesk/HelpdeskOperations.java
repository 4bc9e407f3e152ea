package org.privacyrights.connectors.adapter.helpdesk;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.connectors.api.Discovery;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;

/** Discovery, export and changes in a SQL help desk, as its data map describes it. One JDBC connection. */
final class HelpdeskOperations {

    /** Keys per IN list: small enough for every database, large enough to keep round trips few. */
    static final int CHUNK = 500;

    private final HelpdeskSettings settings;
    private final DataMap map;

    HelpdeskOperations(HelpdeskSettings settings) {
        this.settings = settings;
        this.map = settings.dataMap();
    }

    String systemName() {
        return settings.systemName();
    }

    /** The keys of the subject's rows per entity, parents first. */
    Map<DataMap.Entity, Set<Object>> locate(Connection db, SubjectQuery subject) throws SQLException {
        boolean foldCase = foldsCase(db);
        Map<DataMap.Entity, Set<Object>> keys = new LinkedHashMap<>();
        for (DataMap.Entity entity : map.entities()) {
            Set<Object> found = new LinkedHashSet<>();
            Map<String, String> identities =
                    entity.name().equals(map.subject().entity()) ? map.subject().identities() : entity.identities();
            found.addAll(byIdentities(db, entity, identities, subject, foldCase));
            if (entity.parent() != null) {
                Set<Object> parentKeys = keys.get(map.entity(entity.parent()));
                for (List<Object> chunk : chunks(parentKeys)) {
                    found.addAll(selectKeys(db, entity, entity.parentKey(), chunk, false));
                }
            }
            keys.put(entity, found);
        }
        return keys;
    }

    Discovery discover(Connection db, SubjectQuery subject) throws SQLException {
        List<RecordRef> records = new ArrayList<>();
        locate(db, subject).forEach((entity, keys) -> keys.forEach(key -> records.add(record(entity, key))));
        return new Discovery(systemName(), records);
    }

    /** Each entity as {@code helpdesk/<entity>.json} and {@code .csv}; files as {@code helpdesk/<entity>/...}. */
    long export(Connection db, SubjectQuery subject, ExportSink sink, ExportScope scope)
            throws SQLException, IOException {
        long rows = 0;
        for (var located : locate(db, subject).entrySet()) {
            DataMap.Entity entity = located.getKey();
            if (located.getValue().isEmpty() || !scope.includes(entity.category())) {
                continue;
            }
            List<String> columns = entity.exportColumns().stream()
                    .filter(c ->
                            entity.file() == null || !c.equals(entity.file().content()))
                    .toList();
            rows += writeJson(db, entity, columns, located.getValue(), sink);
            writeCsv(db, entity, columns, located.getValue(), sink);
            if (entity.file() != null) {
                writeFiles(db, entity, located.getValue(), sink);
            }
        }
        return rows;
    }

    /**
     * Erases children before parents. A row under a legal hold (or kept for this request) stays and is reported;
     * a row that should be deleted is anonymised instead while rows of a child still point at it. Afterwards a
     * fresh discovery must find nothing but what was kept.
     */
    List<RecordOutcome> erase(Connection db, SubjectQuery subject, ErasurePolicy policy)
            throws SQLException, GeneralSecurityException {
        Map<DataMap.Entity, Set<Object>> located = locate(db, subject);
        Map<DataMap.Entity, DataMap.RowErasure> plan = plan(located, policy);
        List<RecordOutcome> outcomes = new ArrayList<>();
        List<DataMap.Entity> childrenFirst = new ArrayList<>(located.keySet());
        java.util.Collections.reverse(childrenFirst);
        for (DataMap.Entity entity : childrenFirst) {
            Set<Object> keys = located.get(entity);
            Optional<String> keep = policy.keepReason(entity.category());
            if (keys.isEmpty()) {
                continue;
            }
            if (keep.isPresent()) {
                keys.forEach(key ->
                        outcomes.add(new RecordOutcome(record(entity, key).id(), Action.KEPT, keep.get())));
            } else if (plan.get(entity) == DataMap.RowErasure.DELETE) {
                for (List<Object> chunk : chunks(keys)) {
                    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + entity.table() + " WHERE "
                            + entity.key() + " IN (" + placeholders(chunk.size()) + ")")) {
                        bind(delete, 1, chunk);
                        delete.setQueryTimeout(settings.queryTimeoutSeconds());
                        delete.executeUpdate();
                    }
                }
                keys.forEach(key ->
                        outcomes.add(new RecordOutcome(record(entity, key).id(), Action.ERASED, "row deleted")));
            } else {
                outcomes.addAll(anonymise(db, entity, keys));
            }
        }
        List<RecordRef> left = discover(db, subject).records().stream()
                .filter(r -> policy.keepReason(r.category()).isEmpty())
                .toList();
        if (!left.isEmpty()) {
            throw new SQLException(left.size() + " records are still found after the erasure, e.g. "
                    + left.get(0).id() + ": check the data map's erasure rules for "
                    + left.get(0).location());
        }
        return outcomes;
    }

    List<RecordOutcome> rectify(Connection db, SubjectQuery subject, String attribute, String value)
            throws SQLException {
        String column = map.subject().attributes().get(attribute);
        if (column == null) {
            throw new IllegalArgumentException(
                    "The help desk can correct " + map.subject().attributes().keySet() + ", not " + attribute);
        }
        return setSubjectColumn(db, subject, column, value, Action.RECTIFIED, attribute);
    }

    List<RecordOutcome> setActive(Connection db, SubjectQuery subject, boolean active) throws SQLException {
        DataMap.ActiveFlag flag = map.subject().active();
        if (flag == null) {
            throw new IllegalArgumentException("The data map names no 'active' column for portal users");
        }
        return setSubjectColumn(
                db,
                subject,
                flag.column(),
                active ? flag.active() : flag.inactive(),
                active ? Action.RESTRICTION_LIFTED : Action.RESTRICTED,
                active ? "portal user activated" : "portal user deactivated");
    }

    /** The addresses held for a customer number, lower-cased: where a code proving the number is sent. */
    java.util.SortedSet<String> addressesOnFile(Connection db, String customerId) throws SQLException {
        String emailColumn = map.subject().identities().get("email");
        String customerColumn = map.subject().identities().get("customerId");
        if (emailColumn == null || customerColumn == null) {
            throw new IllegalArgumentException("The data map names no email and customer number of portal users");
        }
        DataMap.Entity entity = map.entity(map.subject().entity());
        java.util.SortedSet<String> addresses = new java.util.TreeSet<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + emailColumn + " FROM " + entity.table()
                + " WHERE " + customerColumn + " = ? AND " + emailColumn + " IS NOT NULL")) {
            select.setString(1, customerId);
            select.setQueryTimeout(settings.queryTimeoutSeconds());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    addresses.add(rows.getString(1).strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return addresses;
    }

    private List<RecordOutcome> setSubjectColumn(
            Connection db, SubjectQuery subject, String column, Object value, Action action, String detail)
            throws SQLException {
        DataMap.Entity entity = map.entity(map.subject().entity());
        Set<Object> keys = locate(db, subject).get(entity);
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Object key : keys) {
            Object current;
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT " + column + " FROM " + entity.table() + " WHERE " + entity.key() + " = ?")) {
                select.setObject(1, key);
                try (ResultSet row = select.executeQuery()) {
                    current = row.next() ? row.getObject(1) : null;
                }
            }
            if (sameValue(current, value)) {
                outcomes.add(new RecordOutcome(record(entity, key).id(), Action.ALREADY_DONE, detail));
                continue;
            }
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE " + entity.table() + " SET " + column + " = ? WHERE " + entity.key() + " = ?")) {
                update.setObject(1, value);
                update.setObject(2, key);
                update.setQueryTimeout(settings.queryTimeoutSeconds());
                update.executeUpdate();
            }
            outcomes.add(new RecordOutcome(record(entity, key).id(), action, detail));
        }
        return outcomes;
    }

    private Map<DataMap.Entity, DataMap.RowErasure> plan(
            Map<DataMap.Entity, Set<Object>> located, ErasurePolicy policy) {
        Map<DataMap.Entity, DataMap.RowErasure> plan = new LinkedHashMap<>();
        List<DataMap.Entity> childrenFirst = new ArrayList<>(located.keySet());
        java.util.Collections.reverse(childrenFirst);
        for (DataMap.Entity entity : childrenFirst) {
            DataMap.RowErasure action = entity.erase();
            if (action == DataMap.RowErasure.DELETE) {
                for (DataMap.Entity child : map.children(entity)) {
                    boolean childRowsRemain = !located.get(child).isEmpty()
                            && (policy.keepReason(child.category()).isPresent()
                                    || (plan.get(child) == DataMap.RowErasure.ANONYMISE && !child.releasesParent()));
                    if (childRowsRemain) {
                        action = DataMap.RowErasure.ANONYMISE;
                    }
                }
            }
            plan.put(entity, action);
        }
        return plan;
    }

    private List<RecordOutcome> anonymise(Connection db, DataMap.Entity entity, Set<Object> keys)
            throws SQLException, GeneralSecurityException {
        List<String> changed = entity.columns().entrySet().stream()
                .filter(c -> c.getValue().erase() != DataMap.ColumnErasure.KEEP)
                .map(Map.Entry::getKey)
                .toList();
        List<RecordOutcome> outcomes = new ArrayList<>();
        if (changed.isEmpty()) {
            keys.forEach(key ->
                    outcomes.add(new RecordOutcome(record(entity, key).id(), Action.KEPT, "no erasable column")));
            return outcomes;
        }
        String select = "SELECT " + entity.key() + ", " + String.join(", ", changed) + " FROM " + entity.table()
                + " WHERE " + entity.key() + " IN (";
        String update = "UPDATE " + entity.table() + " SET "
                + changed.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + entity.key() + " = ?";
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(settings.hashKey(), "HmacSHA256"));
        for (List<Object> chunk : chunks(keys)) {
            try (PreparedStatement read = db.prepareStatement(select + placeholders(chunk.size()) + ")");
                    PreparedStatement write = db.prepareStatement(update)) {
                bind(read, 1, chunk);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        for (int i = 0; i < changed.size(); i++) {
                            Object current = rows.getObject(i + 2);
                            write.setObject(
                                    i + 1,
                                    erased(entity.columns().get(changed.get(i)).erase(), current, hmac));
                        }
                        write.setObject(changed.size() + 1, rows.getObject(1));
                        write.addBatch();
                        outcomes.add(new RecordOutcome(
                                record(entity, rows.getObject(1)).id(),
                                Action.ANONYMISED,
                                "columns " + String.join(", ", changed)));
                    }
                }
                write.setQueryTimeout(settings.queryTimeoutSeconds());
                write.executeBatch();
            }
        }
        return outcomes;
    }

    private Object erased(DataMap.ColumnErasure erasure, Object current, Mac hmac) {
        if (current == null) {
            return null;
        }
        return switch (erasure) {
            case KEEP -> current;
            case NULL -> null;
            case MASK -> settings.mask();
            case HASH -> "hmac-sha256:"
                    + HexFormat.of()
                            .formatHex(hmac.doFinal(String.valueOf(current)
                                    .trim()
                                    .toLowerCase(Locale.ROOT)
                                    .getBytes(StandardCharsets.UTF_8)));
        };
    }

    private long writeJson(
            Connection db, DataMap.Entity entity, List<String> columns, Set<Object> keys, ExportSink sink)
            throws SQLException, IOException {
        long rows = 0;
        try (OutputStream out = sink.open("helpdesk/" + entity.name() + ".json", "application/json");
                JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            for (List<Object> chunk : chunks(keys)) {
                try (PreparedStatement select = selectRows(db, entity, columns, chunk);
                        ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        json.writeStartObject();
                        for (int i = 0; i < columns.size(); i++) {
                            writeJsonValue(json, columns.get(i), result.getObject(i + 1));
                        }
                        json.writeEnd();
                        rows++;
                    }
                }
            }
            json.writeEnd();
        }
        return rows;
    }

    private void writeCsv(Connection db, DataMap.Entity entity, List<String> columns, Set<Object> keys, ExportSink sink)
            throws SQLException, IOException {
        try (OutputStream out = sink.open("helpdesk/" + entity.name() + ".csv", "text/csv");
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(columns.toArray(String[]::new))
                                .get())) {
            for (List<Object> chunk : chunks(keys)) {
                try (PreparedStatement select = selectRows(db, entity, columns, chunk);
                        ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        List<String> cells = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            Object value = result.getObject(i + 1);
                            cells.add(value == null ? "" : CsvCells.neutralise(String.valueOf(value)));
                        }
                        csv.printRecord(cells);
                    }
                }
            }
        }
    }

    private void writeFiles(Connection db, DataMap.Entity entity, Set<Object> keys, ExportSink sink)
            throws SQLException, IOException {
        DataMap.FileColumns file = entity.file();
        for (List<Object> chunk : chunks(keys)) {
            try (PreparedStatement select =
                            selectRows(db, entity, List.of(entity.key(), file.name(), file.content()), chunk);
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String name = ArchivePaths.segment(result.getObject(1) + "-" + result.getObject(2));
                    try (OutputStream out =
                                    sink.open("helpdesk/" + entity.name() + "/" + name, "application/octet-stream");
                            InputStream content = result.getBinaryStream(3)) {
                        if (content != null) {
                            content.transferTo(out);
                        }
                    }
                }
            }
        }
    }

    private PreparedStatement selectRows(Connection db, DataMap.Entity entity, List<String> columns, List<Object> keys)
            throws SQLException {
        PreparedStatement select =
                db.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + entity.table() + " WHERE "
                        + entity.key() + " IN (" + placeholders(keys.size()) + ") ORDER BY " + entity.key());
        bind(select, 1, keys);
        select.setQueryTimeout(settings.queryTimeoutSeconds());
        select.setFetchSize(CHUNK);
        return select;
    }

    private static void writeJsonValue(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.write(name, d);
        } else if (value instanceof java.sql.Timestamp t) {
            json.write(name, t.toLocalDateTime().toString());
        } else if (value instanceof byte[] bytes) {
            json.write(name, java.util.Base64.getEncoder().encodeToString(bytes));
        } else {
            json.write(name, String.valueOf(value));
        }
    }

    private Set<Object> byIdentities(
            Connection db,
            DataMap.Entity entity,
            Map<String, String> identities,
            SubjectQuery subject,
            boolean foldCase)
            throws SQLException {
        Set<Object> keys = new LinkedHashSet<>();
        String emailColumn = identities.get("email");
        if (emailColumn != null && !subject.emailAddresses().isEmpty()) {
            keys.addAll(selectKeys(db, entity, emailColumn, List.copyOf(subject.emailAddresses()), foldCase));
        }
        String customerColumn = identities.get("customerId");
        String customerId = subject.customerIds().get(systemName());
        if (customerColumn != null && customerId != null) {
            keys.addAll(selectKeys(db, entity, customerColumn, List.of(customerId), false));
        }
        return keys;
    }

    private List<Object> selectKeys(
            Connection db, DataMap.Entity entity, String column, List<?> values, boolean foldCase) throws SQLException {
        String match = foldCase ? "lower(" + column + ")" : column;
        List<Object> keys = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT " + entity.key() + " FROM " + entity.table()
                + " WHERE " + match + " IN (" + placeholders(values.size()) + ") ORDER BY " + entity.key())) {
            bind(select, 1, values);
            select.setQueryTimeout(settings.queryTimeoutSeconds());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getObject(1));
                }
            }
        }
        return keys;
    }

    /** MySQL and MariaDB compare text case-insensitively already; elsewhere addresses are folded with lower(). */
    private static boolean foldsCase(Connection db) throws SQLException {
        String product = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return !(product.contains("mysql") || product.contains("mariadb"));
    }

    private RecordRef record(DataMap.Entity entity, Object key) {
        return new RecordRef("helpdesk:" + entity.name() + ":" + key, entity.category(), entity.table());
    }

    private static boolean sameValue(Object current, Object wanted) {
        if (current instanceof Boolean || wanted instanceof Boolean) {
            return Objects.equals(asBoolean(current), asBoolean(wanted));
        }
        return Objects.equals(
                current == null ? null : String.valueOf(current), wanted == null ? null : String.valueOf(wanted));
    }

    private static Boolean asBoolean(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return Boolean.parseBoolean(String.valueOf(value));
    }

    private static void bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(first + i, values.get(i));
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static List<List<Object>> chunks(Collection<Object> keys) {
        List<List<Object>> chunks = new ArrayList<>();
        List<Object> current = new ArrayList<>(CHUNK);
        for (Object key : keys) {
            current.add(key);
            if (current.size() == CHUNK) {
                chunks.add(current);
                current = new ArrayList<>(CHUNK);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}

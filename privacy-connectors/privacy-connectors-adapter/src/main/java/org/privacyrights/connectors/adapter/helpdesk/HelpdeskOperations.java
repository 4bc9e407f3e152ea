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
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * The keys of the subject's rows per entity, parents first: through the identities (each of their paths) and
     * through every link from a parent's rows. A row reached several ways is there once.
     */
    Map<DataMap.Entity, Set<Object>> locate(Connection db, SubjectQuery subject) throws SQLException {
        boolean foldCase = foldsCase(db);
        Map<DataMap.Entity, Set<Object>> keys = new LinkedHashMap<>();
        for (DataMap.Entity entity : map.entities()) {
            Set<Object> found = new LinkedHashSet<>();
            Map<String, List<DataMap.IdentityPath>> identities =
                    entity.name().equals(map.subject().entity()) ? map.subject().identities() : entity.identities();
            found.addAll(byIdentities(db, entity, identities, subject, foldCase));
            for (DataMap.Link link : entity.links()) {
                DataMap.Entity parent = map.entity(link.parent());
                Set<Object> values = keys.get(parent);
                if (link.parentColumn() != null) {
                    values = distinct(db, parent.table(), link.parentColumn(), parent.key(), values, false);
                }
                for (DataMap.Hop hop : link.through()) {
                    values = distinct(db, hop.table(), hop.next(), hop.column(), values, false);
                }
                found.addAll(distinct(db, entity.table(), entity.key(), link.column(), values, false));
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
     * Erases children before parents. A row under a legal hold (the map's, until its retention end, or the
     * request's) stays and is reported with its ground; a row that should be deleted is anonymised instead while
     * rows of a child still point at it. Each outcome says what the database did: a row no statement changed is
     * reported as such, never as erased. Afterwards a fresh discovery must find nothing but what was kept.
     */
    List<RecordOutcome> erase(Connection db, SubjectQuery subject, ErasurePolicy policy)
            throws SQLException, GeneralSecurityException {
        Map<DataMap.Entity, Set<Object>> located = locate(db, subject);
        Map<DataMap.Entity, Map<Object, String>> kept = new LinkedHashMap<>();
        for (var entry : located.entrySet()) {
            kept.put(entry.getKey(), keptRows(db, entry.getKey(), entry.getValue(), policy));
        }
        Map<DataMap.Entity, DataMap.RowErasure> plan = plan(located, kept);
        List<RecordOutcome> outcomes = new ArrayList<>();
        List<DataMap.Entity> childrenFirst = new ArrayList<>(located.keySet());
        java.util.Collections.reverse(childrenFirst);
        for (DataMap.Entity entity : childrenFirst) {
            Map<Object, String> keptHere = kept.get(entity);
            keptHere.forEach((key, ground) ->
                    outcomes.add(new RecordOutcome(record(entity, key).id(), Action.KEPT, ground)));
            Set<Object> keys = new LinkedHashSet<>(located.get(entity));
            keys.removeAll(keptHere.keySet());
            if (keys.isEmpty()) {
                continue;
            }
            if (plan.get(entity) == DataMap.RowErasure.DELETE) {
                outcomes.addAll(delete(db, entity, keys));
            } else {
                outcomes.addAll(anonymise(db, entity, keys));
            }
        }
        Set<String> keptIds = outcomes.stream()
                .filter(o -> o.action() == Action.KEPT)
                .map(RecordOutcome::recordId)
                .collect(Collectors.toSet());
        List<RecordRef> left = discover(db, subject).records().stream()
                .filter(r -> policy.keepReason(r.category()).isEmpty() && !keptIds.contains(r.id()))
                .toList();
        if (!left.isEmpty()) {
            throw new SQLException(left.size() + " records are still found after the erasure, e.g. "
                    + left.get(0).id() + ": check the data map's erasure rules for "
                    + left.get(0).location());
        }
        return outcomes;
    }

    /** The rows of an entity that stay, with the ground: the request's holds first, then the map's own. */
    private Map<Object, String> keptRows(Connection db, DataMap.Entity entity, Set<Object> keys, ErasurePolicy policy)
            throws SQLException {
        Map<Object, String> kept = new LinkedHashMap<>();
        Optional<String> requested = policy.keepReason(entity.category());
        DataMap.Hold hold = entity.hold();
        if (requested.isPresent() || (hold != null && hold.years() == null)) {
            String ground = requested.orElseGet(() -> "legal hold: " + hold.ground());
            keys.forEach(key -> kept.put(key, ground));
            return kept;
        }
        if (hold == null || keys.isEmpty()) {
            return kept;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (List<Object> chunk : chunks(keys)) {
            try (PreparedStatement select = selectRows(db, entity, List.of(entity.key(), hold.from()), chunk);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate start = asDate(rows.getObject(2));
                    if (start == null) {
                        kept.put(rows.getObject(1), "legal hold: " + hold.ground() + " (no " + hold.from() + ")");
                    } else if (hold.keptUntil(start).isAfter(today)) {
                        kept.put(
                                rows.getObject(1),
                                "legal hold: " + hold.ground() + ", kept until " + hold.keptUntil(start));
                    }
                }
            }
        }
        return kept;
    }

    private static LocalDate asDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    /** One DELETE per key in a batch, so each key's outcome is the row count the database reported for it. */
    List<RecordOutcome> delete(Connection db, DataMap.Entity entity, Set<Object> keys) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (List<Object> chunk : chunks(keys)) {
            int[] counts;
            try (PreparedStatement delete =
                    db.prepareStatement("DELETE FROM " + entity.table() + " WHERE " + entity.key() + " = ?")) {
                for (Object key : chunk) {
                    delete.setObject(1, key);
                    delete.addBatch();
                }
                delete.setQueryTimeout(settings.queryTimeoutSeconds());
                counts = delete.executeBatch();
            }
            Set<Object> remaining = counts.length == chunk.size()
                            && java.util.Arrays.stream(counts).allMatch(c -> c >= 0)
                    ? Set.of()
                    : new LinkedHashSet<>(distinct(db, entity.table(), entity.key(), entity.key(), chunk, false));
            for (int i = 0; i < chunk.size(); i++) {
                Object key = chunk.get(i);
                boolean deleted = i < counts.length && counts[i] >= 0 ? counts[i] > 0 : !remaining.contains(key);
                outcomes.add(
                        deleted
                                ? new RecordOutcome(record(entity, key).id(), Action.ERASED, "row deleted")
                                : new RecordOutcome(record(entity, key).id(), Action.ALREADY_DONE, "no row deleted"));
            }
        }
        return outcomes;
    }

    List<RecordOutcome> rectify(Connection db, SubjectQuery subject, String attribute, String value)
            throws SQLException {
        DataMap.ColumnRef column = map.subject().attributes().get(attribute);
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
                new DataMap.ColumnRef(flag.entity(), flag.column()),
                active ? flag.active() : flag.inactive(),
                active ? Action.RESTRICTION_LIFTED : Action.RESTRICTED,
                active ? "portal user activated" : "portal user deactivated");
    }

    /**
     * The addresses held for a customer number, lower-cased: where a code proving the number is sent. They are read
     * back along every path the map finds a person's address by (the person's own column, a table of addresses).
     */
    java.util.SortedSet<String> addressesOnFile(Connection db, String customerId) throws SQLException {
        List<DataMap.IdentityPath> emailPaths = map.subject().identities().getOrDefault("email", List.of());
        List<DataMap.IdentityPath> customerPaths = map.subject().identities().getOrDefault("customerId", List.of());
        if (emailPaths.isEmpty() || customerPaths.isEmpty()) {
            throw new IllegalArgumentException("The data map names no email and customer number of portal users");
        }
        DataMap.Entity entity = map.entity(map.subject().entity());
        Set<Object> persons = new LinkedHashSet<>();
        for (DataMap.IdentityPath path : customerPaths) {
            persons.addAll(follow(db, entity, path, List.of(customerId), false));
        }
        java.util.SortedSet<String> addresses = new java.util.TreeSet<>();
        for (DataMap.IdentityPath path : emailPaths) {
            Set<Object> values = distinct(db, entity.table(), path.column(), entity.key(), persons, false);
            for (int i = path.through().size() - 1; i >= 0; i--) {
                DataMap.Hop hop = path.through().get(i);
                values = distinct(db, hop.table(), hop.column(), hop.next(), values, false);
            }
            values.forEach(
                    address -> addresses.add(String.valueOf(address).strip().toLowerCase(Locale.ROOT)));
        }
        return addresses;
    }

    private List<RecordOutcome> setSubjectColumn(
            Connection db, SubjectQuery subject, DataMap.ColumnRef column, Object value, Action action, String detail)
            throws SQLException {
        DataMap.Entity entity = map.entity(column.entity());
        Set<Object> keys = locate(db, subject).get(entity);
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Object key : keys) {
            Object current;
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT " + column.column() + " FROM " + entity.table() + " WHERE " + entity.key() + " = ?")) {
                select.setObject(1, key);
                try (ResultSet row = select.executeQuery()) {
                    current = row.next() ? row.getObject(1) : null;
                }
            }
            if (sameValue(current, value)) {
                outcomes.add(new RecordOutcome(record(entity, key).id(), Action.ALREADY_DONE, detail));
                continue;
            }
            int changed;
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE " + entity.table() + " SET " + column.column() + " = ? WHERE " + entity.key() + " = ?")) {
                update.setObject(1, value);
                update.setObject(2, key);
                update.setQueryTimeout(settings.queryTimeoutSeconds());
                changed = update.executeUpdate();
            }
            outcomes.add(
                    changed > 0
                            ? new RecordOutcome(record(entity, key).id(), action, detail)
                            : new RecordOutcome(
                                    record(entity, key).id(), Action.ALREADY_DONE, detail + ": no row changed"));
        }
        return outcomes;
    }

    private Map<DataMap.Entity, DataMap.RowErasure> plan(
            Map<DataMap.Entity, Set<Object>> located, Map<DataMap.Entity, Map<Object, String>> kept) {
        Map<DataMap.Entity, DataMap.RowErasure> plan = new LinkedHashMap<>();
        List<DataMap.Entity> childrenFirst = new ArrayList<>(located.keySet());
        java.util.Collections.reverse(childrenFirst);
        for (DataMap.Entity entity : childrenFirst) {
            DataMap.RowErasure action = entity.erase();
            if (action == DataMap.RowErasure.DELETE) {
                for (DataMap.Entity child : map.children(entity)) {
                    boolean childRowsRemain = !located.get(child).isEmpty()
                            && (!kept.get(child).isEmpty()
                                    || (plan.get(child) != DataMap.RowErasure.DELETE
                                            && !child.releases(entity.name())));
                    if (childRowsRemain) {
                        action = DataMap.RowErasure.ANONYMISE;
                    }
                }
            }
            plan.put(entity, action);
        }
        return plan;
    }

    /**
     * Overwrites the erasable columns (and, for a reassignment, points the link at the placeholder person). A row
     * whose columns already hold what erasure would write is not written and reported as already done.
     */
    private List<RecordOutcome> anonymise(Connection db, DataMap.Entity entity, Set<Object> keys)
            throws SQLException, GeneralSecurityException {
        Map<String, DataMap.Column> changed = new LinkedHashMap<>();
        entity.columns().forEach((name, column) -> {
            if (column.erase() != DataMap.ColumnErasure.KEEP) {
                changed.put(name, column);
            }
        });
        DataMap.Reassignment reassign = entity.reassign();
        if (reassign != null) {
            changed.put(
                    reassign.column(),
                    new DataMap.Column(
                            "link", DataMap.ColumnErasure.SET, reassign.placeholder(), ContentEncoding.NONE));
        }
        List<RecordOutcome> outcomes = new ArrayList<>();
        if (changed.isEmpty()) {
            keys.forEach(key ->
                    outcomes.add(new RecordOutcome(record(entity, key).id(), Action.KEPT, "no erasable column")));
            return outcomes;
        }
        List<String> names = List.copyOf(changed.keySet());
        String select = "SELECT " + entity.key() + ", " + String.join(", ", names) + " FROM " + entity.table()
                + " WHERE " + entity.key() + " IN (";
        String update = "UPDATE " + entity.table() + " SET "
                + names.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + entity.key() + " = ?";
        String detail = reassign == null
                ? "columns " + String.join(", ", names)
                : "reassigned to placeholder " + reassign.placeholder() + "; columns " + String.join(", ", names);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(settings.hashKey(), "HmacSHA256"));
        for (List<Object> chunk : chunks(keys)) {
            List<Object> written = new ArrayList<>();
            try (PreparedStatement read = db.prepareStatement(select + placeholders(chunk.size()) + ")");
                    PreparedStatement write = db.prepareStatement(update)) {
                bind(read, 1, chunk);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        boolean differs = false;
                        for (int i = 0; i < names.size(); i++) {
                            Object current = rows.getObject(i + 2);
                            Object erased = erased(changed.get(names.get(i)), current, hmac);
                            differs |= !sameValue(current, erased);
                            write.setObject(i + 1, erased);
                        }
                        Object key = rows.getObject(1);
                        if (differs) {
                            write.setObject(names.size() + 1, key);
                            write.addBatch();
                            written.add(key);
                        } else {
                            outcomes.add(new RecordOutcome(
                                    record(entity, key).id(), Action.ALREADY_DONE, "already anonymised"));
                        }
                    }
                }
                write.setQueryTimeout(settings.queryTimeoutSeconds());
                int[] counts = written.isEmpty() ? new int[0] : write.executeBatch();
                for (int i = 0; i < written.size(); i++) {
                    boolean done = i >= counts.length || counts[i] != 0;
                    outcomes.add(
                            done
                                    ? new RecordOutcome(
                                            record(entity, written.get(i)).id(), Action.ANONYMISED, detail)
                                    : new RecordOutcome(
                                            record(entity, written.get(i)).id(),
                                            Action.ALREADY_DONE,
                                            "no row changed"));
                }
            }
        }
        return outcomes;
    }

    private Object erased(DataMap.Column column, Object current, Mac hmac) {
        if (column.erase() == DataMap.ColumnErasure.SET) {
            return column.value();
        }
        if (current == null) {
            return null;
        }
        return switch (column.erase()) {
            case KEEP -> current;
            case NULL -> null;
            case MASK -> settings.mask();
            case SET -> column.value();
            case HASH -> String.valueOf(current).startsWith("hmac-sha256:")
                    ? current
                    : "hmac-sha256:"
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
                            writeJsonValue(json, columns.get(i), cell(entity, columns.get(i), result.getObject(i + 1)));
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
                            Object value = cell(entity, columns.get(i), result.getObject(i + 1));
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
                            InputStream content = file.encoding() == ContentEncoding.NONE
                                    ? result.getBinaryStream(3)
                                    : new java.io.ByteArrayInputStream(
                                            file.encoding().decode(result.getObject(3)))) {
                        if (content != null) {
                            content.transferTo(out);
                        }
                    }
                }
            }
        }
    }

    /** A cell as the person should read it: an encoded column's content decoded. */
    private static Object cell(DataMap.Entity entity, String column, Object value) throws IOException, SQLException {
        DataMap.Column mapped = entity.columns().get(column);
        return mapped == null ? value : mapped.encoding().decodeToText(value);
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
            Map<String, List<DataMap.IdentityPath>> identities,
            SubjectQuery subject,
            boolean foldCase)
            throws SQLException {
        Set<Object> keys = new LinkedHashSet<>();
        if (!subject.emailAddresses().isEmpty()) {
            for (DataMap.IdentityPath path : identities.getOrDefault("email", List.of())) {
                keys.addAll(follow(db, entity, path, List.copyOf(subject.emailAddresses()), foldCase));
            }
        }
        String customerId = subject.customerIds().get(systemName());
        if (customerId != null) {
            for (DataMap.IdentityPath path : identities.getOrDefault("customerId", List.of())) {
                keys.addAll(follow(db, entity, path, List.of(customerId), false));
            }
        }
        return keys;
    }

    /** The entity's keys an identity value reaches along one path; only the first comparison folds case. */
    private Set<Object> follow(
            Connection db, DataMap.Entity entity, DataMap.IdentityPath path, Collection<?> values, boolean foldCase)
            throws SQLException {
        Collection<?> reached = values;
        boolean fold = foldCase;
        for (DataMap.Hop hop : path.through()) {
            reached = distinct(db, hop.table(), hop.next(), hop.column(), reached, fold);
            fold = false;
        }
        return distinct(db, entity.table(), entity.key(), path.column(), reached, fold);
    }

    /** The distinct non-null values of {@code result} in rows whose {@code match} is one of {@code values}. */
    private Set<Object> distinct(
            Connection db, String table, String result, String match, Collection<?> values, boolean foldCase)
            throws SQLException {
        String compared = foldCase ? "lower(" + match + ")" : match;
        Set<Object> found = new LinkedHashSet<>();
        List<Object> wanted =
                values.stream().filter(Objects::nonNull).map(v -> (Object) v).toList();
        for (List<Object> chunk : chunks(wanted)) {
            try (PreparedStatement select = db.prepareStatement("SELECT DISTINCT " + result + " FROM " + table
                    + " WHERE " + compared + " IN (" + placeholders(chunk.size()) + ") AND " + result
                    + " IS NOT NULL ORDER BY " + result)) {
                bind(select, 1, chunk);
                select.setQueryTimeout(settings.queryTimeoutSeconds());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1));
                    }
                }
            }
        }
        return found;
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

package org.privacyrights.connectors.adapter.helpdesk;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a data map against the database it describes before anything runs: every table and column it names must
 * exist (as the JDBC metadata reports them), so a map written for another schema fails at start with the entity and
 * field it is wrong in, not halfway through an erasure.
 */
final class DataMapSchemaCheck {

    private record Use(String where, String table, String column) {}

    private DataMapSchemaCheck() {}

    /** Throws {@link IllegalStateException} naming each table or column the database lacks. */
    static void verify(Connection db, DataMap map) throws SQLException {
        Map<String, Set<String>> columns = columns(db);
        List<String> problems = new ArrayList<>();
        for (Use use : uses(map)) {
            Set<String> table = columns.get(use.table().toLowerCase(Locale.ROOT));
            if (table == null) {
                problems.add(use.where() + ": no table '" + use.table() + "' in the database");
            } else if (!table.contains(use.column().toLowerCase(Locale.ROOT))) {
                problems.add(use.where() + ": no column '" + use.column() + "' in table '" + use.table() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The data map does not fit the database: " + String.join("; ", problems));
        }
    }

    private static List<Use> uses(DataMap map) {
        List<Use> uses = new ArrayList<>();
        for (DataMap.Entity entity : map.entities()) {
            String where = "entity '" + entity.name() + "'";
            uses.add(new Use(where + ".key", entity.table(), entity.key()));
            entity.columns().keySet().forEach(c -> uses.add(new Use(where + " column '" + c + "'", entity.table(), c)));
            if (entity.file() != null) {
                uses.add(new Use(
                        where + ".file.content", entity.table(), entity.file().content()));
                uses.add(new Use(
                        where + ".file.name", entity.table(), entity.file().name()));
                if (entity.file().mediaType() != null) {
                    uses.add(new Use(
                            where + ".file.mediaType",
                            entity.table(),
                            entity.file().mediaType()));
                }
            }
            for (int i = 0; i < entity.links().size(); i++) {
                DataMap.Link link = entity.links().get(i);
                String at = where + ".links[" + i + "]";
                if (link.parentColumn() != null) {
                    uses.add(new Use(
                            at + ".parentColumn", map.entity(link.parent()).table(), link.parentColumn()));
                }
                hops(uses, link.through(), at);
                uses.add(new Use(at + ".column", entity.table(), link.column()));
            }
            Map<String, List<DataMap.IdentityPath>> identities =
                    entity.name().equals(map.subject().entity()) ? map.subject().identities() : entity.identities();
            String identityOwner = entity.name().equals(map.subject().entity()) ? "subject" : where;
            identities.forEach((kind, paths) -> {
                for (DataMap.IdentityPath path : paths) {
                    String at = identityOwner + ".identities." + kind;
                    hops(uses, path.through(), at);
                    uses.add(new Use(at, entity.table(), path.column()));
                }
            });
            if (entity.hold() != null && entity.hold().from() != null) {
                uses.add(new Use(
                        where + ".hold.from", entity.table(), entity.hold().from()));
            }
            if (entity.reassign() != null) {
                uses.add(new Use(
                        where + ".reassign.column",
                        entity.table(),
                        entity.reassign().column()));
            }
        }
        map.subject()
                .attributes()
                .forEach((name, ref) -> uses.add(new Use(
                        "subject.attributes." + name, map.entity(ref.entity()).table(), ref.column())));
        if (map.subject().active() != null) {
            DataMap.ActiveFlag flag = map.subject().active();
            uses.add(new Use("subject.active", map.entity(flag.entity()).table(), flag.column()));
        }
        return uses;
    }

    private static void hops(List<Use> uses, List<DataMap.Hop> hops, String where) {
        for (int i = 0; i < hops.size(); i++) {
            DataMap.Hop hop = hops.get(i);
            uses.add(new Use(where + ".through[" + i + "].column", hop.table(), hop.column()));
            uses.add(new Use(where + ".through[" + i + "].next", hop.table(), hop.next()));
        }
    }

    /** Tables of the connection's own schema (or catalog), lower-cased, with their columns. */
    private static Map<String, Set<String>> columns(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        Map<String, Set<String>> columns = new HashMap<>();
        try (ResultSet rows = meta.getColumns(db.getCatalog(), db.getSchema(), "%", "%")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new HashSet<>())
                        .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}

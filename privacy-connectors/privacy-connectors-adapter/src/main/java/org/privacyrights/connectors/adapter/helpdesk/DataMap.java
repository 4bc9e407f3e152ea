package org.privacyrights.connectors.adapter.helpdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a help desk keeps personal data. Entities are ordered parents first; each reaches the subject through links
 * to entities listed before it (join paths of any length, possibly through tables the map does not list), through
 * identity columns of its own, or both.
 */
record DataMap(SubjectMapping subject, List<Entity> entities) {

    /**
     * How the person is found and changed: the subject entity, the identities that find it (each through one or more
     * paths, e.g. a primary address column and a table of secondary addresses), correctable attributes and the flag
     * that deactivates the person, each in any mapped entity.
     */
    record SubjectMapping(
            String entity,
            Map<String, List<IdentityPath>> identities,
            Map<String, ColumnRef> attributes,
            ActiveFlag active) {}

    /** A column of a mapped entity. */
    record ColumnRef(String entity, String column) {}

    /** The column that says whether a person may sign in, in the entity that holds it. */
    record ActiveFlag(String entity, String column, Object active, Object inactive) {}

    /**
     * One step of a join path: the values reached so far are looked up in {@code table.column}, and the values of
     * {@code table.next} of the rows found are the values the next step starts from.
     */
    record Hop(String table, String column, String next) {}

    /**
     * How an identity value (an address, a customer number) finds rows: looked up through the hops (none: directly),
     * and the values reached are matched against {@code column} of the entity.
     */
    record IdentityPath(List<Hop> through, String column) {

        /** The column the subject's own value is compared with: where case folding applies. */
        String firstColumn() {
            return through.isEmpty() ? column : through.get(0).column();
        }
    }

    /**
     * How an entity's rows hang off a parent entity's rows: the parent's {@code parentColumn} values (its key when
     * none is named) are followed through the hops, and the values reached are matched against {@code column}.
     */
    record Link(String parent, String parentColumn, List<Hop> through, String column) {

        /** Whether this row points straight at the parent row's key (so unlinking it frees the parent). */
        boolean isDirect() {
            return parentColumn == null && through.isEmpty();
        }
    }

    record Entity(
            String name,
            String table,
            String key,
            List<Link> links,
            Map<String, List<IdentityPath>> identities,
            String category,
            RowErasure erase,
            Map<String, Column> columns,
            FileColumns file,
            Hold hold,
            Reassignment reassign) {

        /** The columns an export reads: the key, the direct link columns, and every mapped column. */
        List<String> exportColumns() {
            Set<String> names = new LinkedHashSet<>();
            names.add(key);
            links.stream().filter(Link::isDirect).map(Link::column).forEach(names::add);
            names.addAll(columns.keySet());
            return new ArrayList<>(names);
        }

        /** Erasing this entity's rows no longer leaves them pointing at the parent's rows. */
        boolean releases(String parent) {
            return links.stream().filter(l -> l.parent().equals(parent)).allMatch(this::releases);
        }

        private boolean releases(Link link) {
            if (!link.isDirect()) {
                return false;
            }
            if (erase == RowErasure.REASSIGN && reassign.column().equals(link.column())) {
                return true;
            }
            Column column = columns.get(link.column());
            return column != null && column.erase() == ColumnErasure.NULL;
        }

        boolean linksTo(String parent) {
            return links.stream().anyMatch(l -> l.parent().equals(parent));
        }
    }

    /**
     * How one column is erased; {@code value} is what SET writes. {@code encoding} says how the stored content is
     * encoded (decoded on export).
     */
    record Column(String category, ColumnErasure erase, Object value, ContentEncoding encoding) {}

    /** A column exported as a file of its own, with the columns that name it and how its content is encoded. */
    record FileColumns(String content, String name, String mediaType, ContentEncoding encoding) {}

    /**
     * Rows kept on a legal ground. Without {@code years} they are kept; with it, until {@code years} after the date
     * in column {@code from} (a row without that date is kept).
     */
    record Hold(String ground, Integer years, String from) {

        LocalDate keptUntil(LocalDate start) {
            return start.plusYears(years);
        }
    }

    /** On erasure, {@code column} (the link to the person) is pointed at a placeholder row instead. */
    record Reassignment(String column, Object placeholder) {}

    enum RowErasure {
        DELETE,
        ANONYMISE,
        /** The columns are anonymised and the link to the person is pointed at a placeholder person. */
        REASSIGN
    }

    enum ColumnErasure {
        KEEP,
        NULL,
        MASK,
        HASH,
        /** Set to the column's fixed {@code value} (e.g. a NOT NULL flag). */
        SET
    }

    Entity entity(String name) {
        return entities.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity '" + name + "' in the data map"));
    }

    List<Entity> children(Entity parent) {
        return entities.stream().filter(e -> e.linksTo(parent.name())).toList();
    }
}

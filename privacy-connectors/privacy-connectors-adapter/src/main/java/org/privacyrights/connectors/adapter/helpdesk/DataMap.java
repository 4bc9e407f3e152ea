package org.privacyrights.connectors.adapter.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a help desk keeps personal data. Entities are ordered parents first; each reaches the subject through its
 * parent, through identity columns of its own, or both.
 */
record DataMap(SubjectMapping subject, List<Entity> entities) {

    /** How the person is found and changed: the subject entity, identity columns, correctable attributes. */
    record SubjectMapping(
            String entity, Map<String, String> identities, Map<String, String> attributes, ActiveFlag active) {}

    /** The column that says whether a portal user may sign in. */
    record ActiveFlag(String column, Object active, Object inactive) {}

    record Entity(
            String name,
            String table,
            String key,
            String parent,
            String parentKey,
            Map<String, String> identities,
            String category,
            RowErasure erase,
            Map<String, Column> columns,
            FileColumns file) {

        Optional<String> parentName() {
            return Optional.ofNullable(parent);
        }

        /** The columns an export reads: the key, the parent key, and every mapped column. */
        List<String> exportColumns() {
            List<String> names = new ArrayList<>();
            names.add(key);
            if (parentKey != null && !columns.containsKey(parentKey)) {
                names.add(parentKey);
            }
            names.addAll(columns.keySet());
            return names;
        }

        /** Anonymising this entity's rows unlinks them from their parent (the parent key is set to null). */
        boolean releasesParent() {
            Column link = parentKey == null ? null : columns.get(parentKey);
            return link != null && link.erase() == ColumnErasure.NULL;
        }
    }

    record Column(String category, ColumnErasure erase) {}

    /** A binary column exported as a file of its own, with the columns that name it. */
    record FileColumns(String content, String name, String mediaType) {}

    enum RowErasure {
        DELETE,
        ANONYMISE
    }

    enum ColumnErasure {
        KEEP,
        NULL,
        MASK,
        HASH
    }

    Entity entity(String name) {
        return entities.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity '" + name + "' in the data map"));
    }

    List<Entity> children(Entity parent) {
        return entities.stream().filter(e -> parent.name().equals(e.parent())).toList();
    }
}

package org.privacyrights.request.domain;

import java.util.Locale;

/** How the staff queue is ordered: by one of its columns, then by due date and age so that pages are stable. */
public record QueueOrder(Column column, boolean ascending) {

    /** The queue's columns that can be sorted, with the entity attribute behind each. */
    public enum Column {
        DUE("dueDate"),
        RECEIVED("receivedAt"),
        STATUS("status"),
        TYPE("type"),
        CHANNEL("channel"),
        ASSIGNEE("assignee");

        private final String attribute;

        Column(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }
    }

    /** Oldest due first: the queue's natural order. */
    public static QueueOrder dueFirst() {
        return new QueueOrder(Column.DUE, true);
    }

    /** A column named by a table's field name (e.g. {@code receivedAt}); unknown names give the natural order. */
    public static QueueOrder byField(String field, boolean ascending) {
        if (field != null) {
            for (Column column : Column.values()) {
                if (column.attribute.equals(field) || column.name().equals(field.toUpperCase(Locale.ROOT))) {
                    return new QueueOrder(column, ascending);
                }
            }
        }
        return dueFirst();
    }
}

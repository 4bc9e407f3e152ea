package org.privacyrights.web.staff;

import java.io.Serializable;
import org.privacyrights.request.application.RequestSummary;

/**
 * A row of the queue as the page shows it: labels in the viewer's language and dates as text, read as bean
 * properties. The page evaluated method calls on the summary record per cell, and each looked the method up by
 * reflection; 200 cells a page made that the dearest part of the queue.
 */
public final class QueueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String type;
    private final String channel;
    private final String status;
    private final String received;
    private final String due;
    private final boolean overdue;
    private final String assignee;

    QueueRow(RequestSummary summary, String typeLabel, String statusLabel) {
        this.id = summary.id();
        this.type = typeLabel;
        this.channel = summary.channel();
        this.status = statusLabel;
        this.received = String.valueOf(summary.receivedAt());
        this.due = String.valueOf(summary.effectiveDueDate());
        this.overdue = summary.overdue();
        this.assignee = summary.assignee();
    }

    public String getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getChannel() {
        return channel;
    }

    public String getStatus() {
        return status;
    }

    public String getReceived() {
        return received;
    }

    public String getDue() {
        return due;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getAssignee() {
        return assignee;
    }
}

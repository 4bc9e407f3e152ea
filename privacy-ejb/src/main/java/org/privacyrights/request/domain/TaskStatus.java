package org.privacyrights.request.domain;

/** Progress of one request in one connected system. */
public enum TaskStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}

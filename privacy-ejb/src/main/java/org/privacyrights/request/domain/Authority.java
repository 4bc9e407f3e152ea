package org.privacyrights.request.domain;

/**
 * How far a member of staff may take a request. Deciders (ADMIN, DPO) approve, refuse and stop work that started;
 * caseworkers (AGENT) verify, pause, resume and retry. Auditors take no action at all and have no authority here.
 */
public enum Authority {
    CASEWORKER,
    DECIDER
}

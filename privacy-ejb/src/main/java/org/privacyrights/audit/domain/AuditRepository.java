package org.privacyrights.audit.domain;

import java.util.List;
import java.util.function.Predicate;

/** Where the audit chain is kept. Appends only: there is no update or delete. */
public interface AuditRepository {

    /** The head of the chain, locked until the transaction ends. */
    AuditChainHead lockHead();

    AuditChainHead head();

    void append(AuditEvent event);

    /** Feeds every event in chain order to {@code consumer} until it answers false; reads in pages. */
    void forEachInOrder(Predicate<AuditEvent> consumer);

    List<AuditEvent> forRequest(String requestPublicId);

    /** Events matching {@code search}, newest first. */
    List<AuditEvent> search(AuditSearch search, int first, int max);

    long count(AuditSearch search);
}

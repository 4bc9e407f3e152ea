package org.privacyrights.register.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Version 1 of the register in a transaction of its own, so that an instance which lost the race to store it (two
 * starting at once on an empty database) sees the database refuse it and can go on. Called at the start only, by
 * the platform itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FirstRegisterVersion {

    @Inject
    RegisterHistory history;

    public void store(String content, String note) {
        history.append(1, content, "platform", note);
    }
}

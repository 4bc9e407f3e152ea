package org.privacyrights.persistence;

class H2PersistenceTest extends PersistenceContract {

    @Override
    Database open() {
        return Database.h2();
    }
}

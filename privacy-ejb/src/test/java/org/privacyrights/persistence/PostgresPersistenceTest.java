package org.privacyrights.persistence;

class PostgresPersistenceTest extends PersistenceContract {

    @Override
    Database open() {
        return Database.postgres();
    }
}

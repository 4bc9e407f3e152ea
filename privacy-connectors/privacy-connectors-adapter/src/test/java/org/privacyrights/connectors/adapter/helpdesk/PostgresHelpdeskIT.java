package org.privacyrights.connectors.adapter.helpdesk;

import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;

class PostgresHelpdeskIT extends HelpdeskConnectorContract {

    @Override
    HelpdeskFixture.Database database() {
        return HelpdeskFixture.Database.POSTGRESQL;
    }
}

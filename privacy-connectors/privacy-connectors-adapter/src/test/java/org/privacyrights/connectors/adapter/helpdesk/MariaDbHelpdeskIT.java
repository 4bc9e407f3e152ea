package org.privacyrights.connectors.adapter.helpdesk;

import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;

class MariaDbHelpdeskIT extends HelpdeskConnectorContract {

    @Override
    HelpdeskFixture.Database database() {
        return HelpdeskFixture.Database.MARIADB;
    }
}

package org.privacyrights.connectors.adapter.helpdesk;

import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;

class PostgresForeignHelpdeskIT extends ForeignHelpdeskContract {

    @Override
    HelpdeskFixture.Database database() {
        return HelpdeskFixture.Database.POSTGRESQL;
    }
}

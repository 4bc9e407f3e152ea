package org.privacyrights.connectors.adapter.helpdesk;

import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;

class H2ForeignHelpdeskIT extends ForeignHelpdeskContract {

    @Override
    HelpdeskFixture.Database database() {
        return HelpdeskFixture.Database.H2;
    }
}

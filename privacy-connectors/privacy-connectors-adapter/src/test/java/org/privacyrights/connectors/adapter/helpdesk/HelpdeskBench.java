package org.privacyrights.connectors.adapter.helpdesk;

import java.nio.file.Path;
import org.privacyrights.connectors.adapter.testing.HelpdeskFixture;
import org.privacyrights.connectors.api.helpdesk.HelpdeskConnection;

/** For the benchmarks: a help-desk connection to a generated help desk. */
public final class HelpdeskBench {

    private HelpdeskBench() {}

    public static HelpdeskConnection connect(HelpdeskFixture fixture, Path config) throws Exception {
        HelpdeskManagedConnectionFactory factory = new HelpdeskManagedConnectionFactory();
        factory.setJdbcUrl(fixture.jdbcUrl());
        factory.setUser(fixture.user());
        factory.setPassword("");
        factory.setDataMapFile(config.resolve("helpdesk/datamap.json").toString());
        factory.setHashKey("benchmark-hash-key-0123456789");
        return (HelpdeskConnection) factory.createManagedConnection(null, null).getConnection(null, null);
    }
}

package org.privacyrights.connector.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.platform.PlatformSettings;
import org.privacyrights.security.Roles;

/** Whether each connected system answers now, for the dashboard and the staff's connection test. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
public class SystemsHealth {

    @Inject
    ConnectorGateway gateway;

    @Inject
    PlatformSettings settings;

    /** One connected system, asked now: the staff's "test connection". */
    public HealthReport check(String system) {
        return gateway.health(system);
    }

    public List<HealthReport> check() {
        return settings.connectedSystems().stream().map(gateway::health).toList();
    }

    /** The systems each approved request gets work in. */
    public List<String> connectedSystems() {
        return settings.connectedSystems();
    }
}

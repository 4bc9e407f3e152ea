package org.privacyrights.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class DemoSettings {

    @Inject
    @ConfigProperty(name = "privacy.demo.enabled", defaultValue = "false")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }
}

package org.privacyrights.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.privacyrights.register.application.PublicRegister;
import org.privacyrights.register.domain.ProcessingRegister;

/** The plain-language page on what data is kept and why, from the register of processing activities. */
@Named
@RequestScoped
public class AboutBacking {

    @Inject
    private PublicRegister register;

    private ProcessingRegister loaded;

    public ProcessingRegister getRegister() {
        if (loaded == null) {
            loaded = register.register();
        }
        return loaded;
    }
}

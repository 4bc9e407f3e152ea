package org.privacyrights.register.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.privacyrights.register.domain.ProcessingRegister;

/**
 * What anyone may read of the register: the information Art. 13 and 14 oblige the controller to give every data
 * subject anyway (who processes what, why, on which basis, for whom, how long, and where to complain). The portal's
 * "what we do with your data" page shows it.
 */
@Stateless
@PermitAll
public class PublicRegister {

    @Inject
    RegisterSource source;

    public ProcessingRegister register() {
        return source.register();
    }
}

package org.privacyrights.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test-only beans that call the boundaries as a given role, so in-container tests can check role refusals. */
public final class RunAsRole {

    private RunAsRole() {}

    @Stateless(name = "RunAsAdmin")
    @PermitAll
    @RunAs("ADMIN")
    public static class Admin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless(name = "RunAsDpo")
    @PermitAll
    @RunAs("DPO")
    public static class Dpo {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless(name = "RunAsAgent")
    @PermitAll
    @RunAs("AGENT")
    public static class Agent {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless(name = "RunAsAuditor")
    @PermitAll
    @RunAs("AUDITOR")
    public static class Auditor {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}

package org.privacyrights.fulfilment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.privacyrights.request.domain.RequestType;

/**
 * Which rights the platform carries out on its own, and in which systems. Access, portability, rectification,
 * erasure and restriction run in every connected system; a request for information needs no system, only the
 * register. The other rights stay with staff until the platform runs them too.
 */
public final class TaskPlan {

    private static final Set<RequestType> IN_EVERY_SYSTEM = EnumSet.of(
            RequestType.ACCESS,
            RequestType.PORTABILITY,
            RequestType.RECTIFICATION,
            RequestType.ERASURE,
            RequestType.RESTRICTION);
    private static final Set<RequestType> AUTOMATED = EnumSet.of(
            RequestType.INFORMATION,
            RequestType.ACCESS,
            RequestType.PORTABILITY,
            RequestType.RECTIFICATION,
            RequestType.ERASURE,
            RequestType.RESTRICTION);

    /**
     * What a rectification may change: the name a person is shown by. Contact details (the email address) are never
     * changed by a request: that would hand an account to whoever asked.
     */
    public static final Set<String> CORRECTABLE = Set.of("displayName");

    private TaskPlan() {}

    public static List<String> systemsFor(RequestType type, List<String> connectedSystems) {
        return IN_EVERY_SYSTEM.contains(type) ? connectedSystems : List.of();
    }

    public static Set<RequestType> automated() {
        return AUTOMATED;
    }

    /** Whether the subject receives an archive of their data. */
    public static boolean producesExport(RequestType type) {
        return type == RequestType.ACCESS || type == RequestType.PORTABILITY;
    }
}

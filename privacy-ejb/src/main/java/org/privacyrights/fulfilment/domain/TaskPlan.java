package org.privacyrights.fulfilment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.privacyrights.request.domain.ObjectionAction;
import org.privacyrights.request.domain.PrivacyRequest;
import org.privacyrights.request.domain.RequestType;

/**
 * Which rights the platform carries out on its own, and in which systems. Access, portability, rectification,
 * erasure and restriction run in every connected system; a request for information needs no system, only the
 * register; an objection runs once it is upheld (at once for marketing). A contested automated decision is
 * reviewed by a person, not by a system.
 */
public final class TaskPlan {

    private static final Set<RequestType> IN_EVERY_SYSTEM = EnumSet.of(
            RequestType.ACCESS,
            RequestType.PORTABILITY,
            RequestType.RECTIFICATION,
            RequestType.ERASURE,
            RequestType.RESTRICTION);
    private static final String MAIL = "mail";
    private static final Set<RequestType> AUTOMATED = EnumSet.of(
            RequestType.INFORMATION,
            RequestType.OBJECTION,
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

    /**
     * The systems a request needs work in. An upheld objection to marketing or a disabled account concerns the mail
     * system only (its lists and accounts); stopping other processing concerns every system.
     */
    public static List<String> systemsFor(PrivacyRequest request, List<String> connectedSystems) {
        RequestType type = request.type();
        if (type == RequestType.OBJECTION) {
            ObjectionAction action = request.objectionAction().orElse(null);
            if (action == ObjectionAction.STOP_PROCESSING) {
                return connectedSystems;
            }
            return action != null && connectedSystems.contains(MAIL) ? List.of(MAIL) : List.of();
        }
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

package org.privacyrights.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.privacyrights.security.Roles;

/**
 * What the signed-in staff member's roles let the page show, asked of the container once per role and request.
 * Each {@code isUserInRole} is a JACC permission check behind a lock all requests share; pages that asked it in
 * {@code rendered} attributes, evaluated per table row and per phase, made concurrent staff queue behind each
 * other. The beans check the roles again on every action. Pages call the methods: {@code #{staffRoles.admin()}}.
 */
@Named
@RequestScoped
public class StaffRoles {

    @Inject
    HttpServletRequest request;

    private final Map<String, Boolean> known = new HashMap<>();

    /** Staff users and their roles. */
    public boolean admin() {
        return has(Roles.ADMIN);
    }

    /** Decisions on requests, and what the organisation publishes: policies, articles, the registers. */
    public boolean adminOrDpo() {
        return has(Roles.ADMIN) || has(Roles.DPO);
    }

    /** Everyday handling of requests: assigning, notes, pausing, retrying. */
    public boolean handlesRequests() {
        return adminOrDpo() || has(Roles.AGENT);
    }

    /** Reading the registers, the audit trail and acknowledgement coverage. */
    public boolean oversees() {
        return adminOrDpo() || has(Roles.AUDITOR);
    }

    private boolean has(String role) {
        return known.computeIfAbsent(role, request::isUserInRole);
    }
}

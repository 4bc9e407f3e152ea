package org.privacyrights.staff.application;

import java.util.Set;

/** Who a successful login is, and the roles that grants. */
public record StaffCredentials(String username, String displayName, Set<String> roles) {}

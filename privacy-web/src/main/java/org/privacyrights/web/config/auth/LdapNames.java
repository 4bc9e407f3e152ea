package org.privacyrights.web.config.auth;

import java.util.HashMap;
import java.util.Map;

/** Building a DN from user input safely (RFC 4514 escaping), and reading the group-to-role mapping. */
final class LdapNames {

    private LdapNames() {}

    static String userDn(String pattern, String username) {
        return pattern.replace("{0}", escapeDnValue(username));
    }

    /** Escapes an attribute value for use in a DN, so a user name cannot change the DN's structure. */
    static String escapeDnValue(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edgeSpace = c == ' ' && (i == 0 || i == value.length() - 1);
            boolean leadingHash = c == '#' && i == 0;
            if ("\\,+\"<>;=".indexOf(c) >= 0 || edgeSpace || leadingHash) {
                escaped.append('\\').append(c);
            } else if (c == '\0') {
                escaped.append("\\00");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code "privacy-dpo=DPO, privacy-admins=ADMIN"} to a map from group name to role. */
    static Map<String, String> parseRoleMapping(String mapping) {
        Map<String, String> roles = new HashMap<>();
        for (String entry : mapping.split(",")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                roles.put(
                        entry.substring(0, equals).trim(),
                        entry.substring(equals + 1).trim());
            }
        }
        return roles;
    }
}

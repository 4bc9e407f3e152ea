package org.privacyrights.staff.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.privacyrights.staff.domain.StaffUser;

/**
 * What a staff user may do now, and a stamp of their password: a token or a remembered match made under another
 * stamp was made before the password changed. The stamp is a digest of the stored hash (itself salted), so it
 * says nothing about the password.
 */
public record StaffAccess(String username, Set<String> roles, String stamp) {

    static String stamp(StaffUser user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("credential-stamp\n" + user.passwordHash()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.privacyrights.platform;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): turns a secret from the configuration into keys of fixed length, one per use
 * ({@code info}), so that no two uses share a key and the secret itself never is one.
 */
public final class Hkdf {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {}

    /** Extract then expand: {@code length} bytes of key from the input keying material. */
    public static byte[] derive(byte[] inputKeyingMaterial, byte[] salt, byte[] info, int length) {
        byte[] prk = extract(salt, inputKeyingMaterial);
        try {
            return expand(prk, info, length);
        } finally {
            Arrays.fill(prk, (byte) 0);
        }
    }

    /** The pseudorandom key; an empty salt stands for a string of zeros as long as the hash (RFC 5869, 2.2). */
    public static byte[] extract(byte[] salt, byte[] inputKeyingMaterial) {
        return mac(salt.length == 0 ? new byte[HASH_LENGTH] : salt).doFinal(inputKeyingMaterial);
    }

    /** T(1) | T(2) | ..., T(i) = HMAC(prk, T(i-1) | info | i), cut to {@code length} (at most 255 blocks). */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to " + 255 * HASH_LENGTH + " bytes, not " + length);
        }
        Mac mac = mac(prk);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + HASH_LENGTH);
        byte[] previous = new byte[0];
        for (int block = 1; out.size() < length; block++) {
            mac.update(previous);
            mac.update(info);
            mac.update((byte) block);
            previous = mac.doFinal();
            out.writeBytes(previous);
        }
        return Arrays.copyOf(out.toByteArray(), length);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        }
    }
}

package org.privacyrights.consent.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a decision came from, kept only as coarse as proof needs: the /24 of an IPv4 address, the /48 of an IPv6
 * address. Only literal addresses are accepted; nothing is ever looked up in DNS.
 */
public final class NetworkPrefix {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.]+)?");

    private NetworkPrefix() {}

    /** The truncated network, or empty for no address; an address that is not a literal IP is refused. */
    public static Optional<String> of(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String literal = address.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        boolean v6 = !v4 && literal.contains(":") && IPV6.matcher(literal).matches();
        // Checked before InetAddress sees it, which would ask DNS about anything that is not a literal.
        if (!(v4 && octetsInRange(literal)) && !v6) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
        int keep = bytes.length == 4 ? 3 : 6;
        for (int i = keep; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 4 ? "/24" : "/48"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 and 16 bytes are valid addresses", e);
        }
    }

    private static boolean octetsInRange(String v4) {
        for (String octet : v4.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}

package org.privacyrights.verification.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys rate limits count under, normalised so that spellings a backend treats as one are one key here too:
 * addresses and customer numbers are case-folded and stripped of accents and surrounding blanks (a help desk on
 * MariaDB with a {@code _ci} collation finds {@code C-ÄB1} by {@code c-ab1 }), and clients are counted per IPv4
 * address or per IPv6 /64, the block one subscriber gets.
 */
public final class RateKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private RateKeys() {}

    /** An address, customer number or other identity as a backend matching case- and accent-insensitively sees it. */
    public static String identity(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return BLANKS.matcher(folded.strip()).replaceAll(" ");
    }

    /**
     * A client address as counted: an IPv4 address as it is, an IPv6 address as its /64 (an IPv4-mapped one as
     * its IPv4 address). Anything that is not a literal address is counted as written, case-folded; nothing is
     * looked up in DNS.
     */
    public static String client(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        boolean v6 = !v4 && literal.contains(":") && IPV6.matcher(literal).matches();
        if (!(v4 && octetsInRange(literal)) && !v6) {
            return identity(literal);
        }
        byte[] bytes;
        try {
            // Only literals reach this point, which InetAddress parses without asking DNS.
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return identity(literal);
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
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

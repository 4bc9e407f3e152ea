package org.privacyrights.web.config.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The networks of the installation's own proxies and load balancers (CIDR blocks), and the client address a request
 * came from through them. Forwarding headers are believed only when the direct peer is one of those proxies; then
 * the chain they record is read from the right (the hop nearest to us) and the first address that is not itself a
 * trusted proxy is the client. Whatever a client writes to the left of that is never read. {@code Forwarded}
 * (RFC 7239) is preferred to {@code X-Forwarded-For} when a trusted proxy sent both. Only literal addresses are
 * accepted anywhere; nothing is ever looked up in DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Parses a comma-separated list of CIDR blocks ({@code 10.0.0.0/8, 2001:db8::/32}; a bare address is one host).
     * An empty or absent list trusts no proxy. A malformed entry is refused, naming it.
     */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                if (!entry.isBlank()) {
                    blocks.add(Block.parse(entry.strip()));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the address (a literal) lies in one of the trusted blocks. */
    public boolean trusts(String address) {
        return literal(address)
                .map(bytes -> blocks.stream().anyMatch(block -> block.contains(bytes)))
                .orElse(false);
    }

    /**
     * The client's address: the peer itself unless the peer is a trusted proxy; then the right-most address in the
     * forwarding headers that is not a trusted proxy (or the left-most, if all are). An entry that is not an
     * address ({@code unknown}, an obfuscated name, garbage) ends the walk at the proxy that wrote it.
     *
     * @param forwarded every {@code Forwarded} header, in the order received
     * @param forwardedFor every {@code X-Forwarded-For} header, in the order received
     */
    public String client(String peer, List<String> forwarded, List<String> forwardedFor) {
        if (blocks.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> chain = forwarded.isEmpty() ? forwardedForChain(forwardedFor) : forwardedChain(forwarded);
        String client = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = literal(chain.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = canonical(hop.get());
            if (!trusts(client)) {
                break;
            }
        }
        return client;
    }

    private static List<String> forwardedForChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                chain.add(hop.strip());
            }
        }
        return chain;
    }

    /** The {@code for} parameter of each element of each {@code Forwarded} header; an element without one is blank. */
    private static List<String> forwardedChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                String node = "";
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0
                            && pair.substring(0, equals)
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .equals("for")) {
                        node = unquote(pair.substring(equals + 1).strip());
                    }
                }
                chain.add(node);
            }
        }
        return chain;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    /**
     * The bytes of a literal address, with an optional port ({@code 192.0.2.1:8080}, {@code [2001:db8::1]:443}) and
     * brackets removed; empty for anything else.
     */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            address = address.substring(1, close);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':'));
        }
        boolean v4 = IPV4.matcher(address).matches() && octetsInRange(address);
        boolean v6 = !v4 && address.contains(":") && IPV6.matcher(address).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // Only literals reach this point, which InetAddress parses without asking DNS.
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String canonical(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
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

    /** One CIDR block. */
    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] network = literal(address)
                    .filter(bytes -> !address.contains("["))
                    .orElseThrow(() -> new IllegalArgumentException("not a CIDR block: " + cidr));
            int prefix;
            try {
                prefix = slash < 0
                        ? network.length * 8
                        : Integer.parseInt(cidr.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}

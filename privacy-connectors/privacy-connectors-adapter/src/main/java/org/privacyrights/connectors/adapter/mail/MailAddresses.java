package org.privacyrights.connectors.adapter.mail;

import java.net.IDN;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares mail addresses the way a mail system delivers them: the domain without regard to case and in its ASCII
 * (punycode) form, the local part without regard to case and without the installation's sub-address tag
 * ({@code zoe+shop@} is {@code zoe@} where the separator is {@code +}), quotes around a plain local part removed.
 * Nothing else is folded: a longer local part, another label or top-level domain, or a look-alike character is
 * another address.
 */
final class MailAddresses {

    /** Address-like tokens in text: a local part of the characters RFC 5322 allows unquoted, "@", a domain. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-])([\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+)@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*)");

    private final String subAddressSeparator;

    /** {@code subAddressSeparator} empty: sub-addresses are off, {@code zoe+shop@} is an address of its own. */
    MailAddresses(String subAddressSeparator) {
        this.subAddressSeparator = subAddressSeparator == null ? "" : subAddressSeparator;
    }

    /** The canonical form of an address, or empty for text that is not one. */
    Optional<String> canonical(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return Optional.empty();
        }
        String local = trimmed.substring(0, at);
        if (local.length() > 1 && local.startsWith("\"") && local.endsWith("\"")) {
            local = local.substring(1, local.length() - 1);
        }
        if (!subAddressSeparator.isEmpty()) {
            int tag = local.indexOf(subAddressSeparator);
            if (tag > 0) {
                local = local.substring(0, tag);
            }
        }
        String domain = trimmed.substring(at + 1);
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        if (local.isEmpty() || domain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(local.toLowerCase(Locale.ROOT) + "@" + domain.toLowerCase(Locale.ROOT));
    }

    /** The canonical forms of every address written in {@code text}, wherever it stands. */
    Set<String> inText(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            // A sentence may end right after the domain; a dot there is the sentence's.
            canonical(matcher.group(1) + "@" + matcher.group(2)).ifPresent(found::add);
        }
        return found;
    }

    /** What the server's SEARCH looks for to find every form of an address: the local part and the domain. */
    SearchWords searchWords(String canonicalAddress) {
        int at = canonicalAddress.lastIndexOf('@');
        String domain = canonicalAddress.substring(at + 1);
        String unicode;
        try {
            unicode = IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            unicode = domain;
        }
        Set<String> domains = new LinkedHashSet<>();
        domains.add(domain);
        domains.add(unicode.toLowerCase(Locale.ROOT));
        return new SearchWords(canonicalAddress.substring(0, at), Set.copyOf(domains));
    }

    /** A local part and the forms its domain may be written in (ASCII and Unicode). */
    record SearchWords(String localPart, Set<String> domains) {}
}

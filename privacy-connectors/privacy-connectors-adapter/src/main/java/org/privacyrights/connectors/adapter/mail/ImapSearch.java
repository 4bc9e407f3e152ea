package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * The server-side candidate filter: one {@code UID SEARCH} with IMAP's TEXT key (headers and body, every part,
 * forwarded messages included), which Jakarta Mail's search terms cannot express. Each address is looked for as its
 * local part and its domain separately, so that {@code zoe+shop@example.org} and {@code zoe&#64;example.org} are
 * candidates too; the client then verifies each candidate exactly.
 */
final class ImapSearch {

    private ImapSearch() {}

    /** The search key for {@code words}: any of the addresses (local part and one of its domain forms), or a name. */
    static Argument criteria(List<MailAddresses.SearchWords> words, List<String> names) {
        List<Argument> alternatives = new ArrayList<>();
        for (MailAddresses.SearchWords address : words) {
            Argument both = new Argument();
            text(both, address.localPart());
            List<Argument> domains = new ArrayList<>();
            for (String domain : address.domains()) {
                Argument one = new Argument();
                text(one, domain);
                domains.add(one);
            }
            both.writeArgument(or(domains));
            alternatives.add(both);
        }
        for (String name : names) {
            Argument one = new Argument();
            text(one, name);
            alternatives.add(one);
        }
        return or(alternatives);
    }

    /** The UIDs of the messages of the open folder that match {@code criteria}. */
    static long[] uids(IMAPFolder folder, Argument criteria) throws MessagingException {
        Object result = folder.doCommand(protocol -> {
            Argument args = new Argument();
            args.writeAtom("CHARSET");
            args.writeAtom("UTF-8");
            args.append(criteria);
            Response[] responses = protocol.command("UID SEARCH", args);
            List<Long> found = new ArrayList<>();
            for (Response response : responses) {
                if (response instanceof IMAPResponse imap && imap.keyEquals("SEARCH")) {
                    for (long uid = imap.readLong(); uid != -1; uid = imap.readLong()) {
                        found.add(uid);
                    }
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return found.stream().mapToLong(Long::longValue).toArray();
        });
        return (long[]) result;
    }

    private static void text(Argument argument, String word) {
        argument.writeAtom("TEXT");
        argument.writeString(word, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** IMAP's OR takes two keys; more are nested, each group in parentheses. */
    private static Argument or(List<Argument> keys) {
        if (keys.size() == 1) {
            return keys.get(0);
        }
        Argument or = new Argument();
        or.writeAtom("OR");
        or.writeArgument(keys.get(0));
        or.writeArgument(or(keys.subList(1, keys.size())));
        return or;
    }
}

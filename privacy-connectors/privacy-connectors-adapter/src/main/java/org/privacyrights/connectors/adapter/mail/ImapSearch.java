package org.privacyrights.connectors.adapter.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;

/**
 * The server-side candidate filter: {@code UID SEARCH} with IMAP's TEXT key (headers and body, every part,
 * forwarded messages included), which Jakarta Mail's search terms cannot express. Each address is looked for as its
 * local part and its domain separately, so that {@code zoe+shop@example.org} and {@code zoe&#64;example.org} are
 * candidates too; the client then verifies each candidate exactly.
 */
final class ImapSearch {

    private ImapSearch() {}

    /**
     * The search keys for {@code words}, one per alternative: an address (its local part and one of its domain
     * forms) or a name. Each is sent as a SEARCH of its own and the answers are joined, so that no server needs to
     * parse nested OR and parentheses (GreenMail does not).
     */
    static List<Argument> criteria(List<MailAddresses.SearchWords> words, List<String> names) {
        List<Argument> alternatives = new ArrayList<>();
        for (MailAddresses.SearchWords address : words) {
            for (String domain : address.domains()) {
                Argument both = new Argument();
                text(both, address.localPart());
                text(both, domain);
                alternatives.add(both);
            }
        }
        for (String name : names) {
            Argument one = new Argument();
            text(one, name);
            alternatives.add(one);
        }
        return alternatives;
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
}

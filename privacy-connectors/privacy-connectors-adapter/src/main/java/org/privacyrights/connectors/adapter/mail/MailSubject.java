package org.privacyrights.connectors.adapter.mail;

import java.util.List;
import java.util.Set;

/**
 * Whom the mail connector looks for: the subject's proven addresses in canonical form (see {@link MailAddresses}),
 * the mailboxes that are theirs (personal accounts only, as the user database says: never a shared mailbox, even
 * one whose address they proved) and the names their accounts carry, for findings by name.
 */
record MailSubject(Set<String> addresses, Set<String> ownMailboxes, List<String> names) {

    MailSubject {
        addresses = Set.copyOf(addresses);
        ownMailboxes = Set.copyOf(ownMailboxes);
        names = List.copyOf(names);
    }
}

package org.privacyrights.connectors.api.mail;

/** The data categories the mail connector reports, as used in findings, policies and legal holds. */
public final class MailCategories {

    /** Messages in a mailbox that belongs to the subject. */
    public static final String OWN_MAILBOX = "mail.message.own-mailbox";

    /** Messages from, to or copied to the subject in other people's mailboxes. */
    public static final String OTHER_MAILBOX = "mail.message.other-mailbox";

    /** The subject's account in the user database: address, display name, state. */
    public static final String ACCOUNT = "mail.account";

    /** The subject's membership of a mailing list. */
    public static final String LIST_MEMBERSHIP = "mail.list-membership";

    private MailCategories() {}
}

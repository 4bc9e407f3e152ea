package org.privacyrights.connectors.adapter.mail;

/** The login a managed connection was opened with; connections are only shared between equal credentials. */
record MailCredentials(String user, String password) {

    @Override
    public String toString() {
        return "MailCredentials[user=" + user + "]";
    }
}

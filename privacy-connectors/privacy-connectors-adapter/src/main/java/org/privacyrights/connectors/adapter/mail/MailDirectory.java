package org.privacyrights.connectors.adapter.mail;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.mail.MailCategories;

/**
 * The mail system's user database: accounts and mailing-list memberships. Every statement is configuration with
 * parameters; an address is never part of the SQL text.
 */
final class MailDirectory {

    private final MailBackend backend;
    private final MailSettings.DirectoryStatements sql;

    MailDirectory(MailBackend backend) {
        this.backend = backend;
        this.sql = backend.settings().statements();
    }

    List<String> mailboxes() throws SQLException {
        List<String> mailboxes = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(sql.mailboxes());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                mailboxes.add(rows.getString(1));
            }
        }
        return mailboxes;
    }

    List<Account> accounts(SubjectQuery subject) throws SQLException {
        return accounts(subject.emailAddresses());
    }

    /** The personal accounts (the account query leaves shared mailboxes out) under any of {@code addresses}. */
    List<Account> accounts(java.util.Collection<String> addresses) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String address : addresses) {
            try (PreparedStatement statement = connection().prepareStatement(sql.accounts())) {
                statement.setString(1, address);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Account account = new Account(
                                rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4));
                        if (seen.add(account.address().toLowerCase(java.util.Locale.ROOT))) {
                            accounts.add(account);
                        }
                    }
                }
            }
        }
        return accounts;
    }

    List<Membership> memberships(SubjectQuery subject) throws SQLException {
        List<Membership> memberships = new ArrayList<>();
        for (String address : subject.emailAddresses()) {
            try (PreparedStatement statement = connection().prepareStatement(sql.memberships())) {
                statement.setString(1, address);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        memberships.add(new Membership(rows.getString(1), rows.getString(2)));
                    }
                }
            }
        }
        return memberships;
    }

    List<RecordRef> discover(SubjectQuery subject) throws SQLException {
        List<RecordRef> found = new ArrayList<>();
        for (Account account : accounts(subject)) {
            found.add(new RecordRef(account.recordId(), MailCategories.ACCOUNT, "user database"));
        }
        for (Membership membership : memberships(subject)) {
            found.add(new RecordRef(membership.recordId(), MailCategories.LIST_MEMBERSHIP, membership.list()));
        }
        return found;
    }

    /** The accounts and memberships as one JSON document, {@code mail/directory.json}. */
    int export(SubjectQuery subject, ExportSink sink) throws SQLException, IOException {
        List<Account> accounts = accounts(subject);
        List<Membership> memberships = memberships(subject);
        if (accounts.isEmpty() && memberships.isEmpty()) {
            return 0;
        }
        try (OutputStream out = sink.open("mail/directory.json", "application/json");
                JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createGenerator(out)) {
            json.writeStartObject().writeStartArray("accounts");
            for (Account account : accounts) {
                json.writeStartObject()
                        .write("address", account.address())
                        .write("displayName", account.displayName() == null ? "" : account.displayName())
                        .write("enabled", account.enabled())
                        .write("processingRestricted", account.restricted())
                        .writeEnd();
            }
            json.writeEnd().writeStartArray("mailingLists");
            for (Membership membership : memberships) {
                json.writeStartObject()
                        .write("list", membership.list())
                        .write("member", membership.member())
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return accounts.size() + memberships.size();
    }

    List<RecordOutcome> setEnabled(SubjectQuery subject, boolean enabled) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Account account : accounts(subject)) {
            if (account.enabled() == enabled) {
                outcomes.add(new RecordOutcome(
                        account.recordId(), RecordOutcome.Action.ALREADY_DONE, enabled ? "enabled" : "disabled"));
            } else {
                update(sql.setEnabled(), enabled, account.address());
                outcomes.add(new RecordOutcome(
                        account.recordId(),
                        enabled ? RecordOutcome.Action.RESTRICTION_LIFTED : RecordOutcome.Action.RESTRICTED,
                        enabled ? "account enabled" : "account disabled: no login, no mail in or out"));
            }
        }
        return outcomes;
    }

    List<RecordOutcome> setRestricted(SubjectQuery subject, boolean restricted) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Account account : accounts(subject)) {
            if (account.restricted() == restricted) {
                outcomes.add(new RecordOutcome(account.recordId(), RecordOutcome.Action.ALREADY_DONE, "unchanged"));
            } else {
                update(sql.setRestricted(), restricted, account.address());
                outcomes.add(new RecordOutcome(
                        account.recordId(),
                        restricted ? RecordOutcome.Action.RESTRICTED : RecordOutcome.Action.RESTRICTION_LIFTED,
                        restricted ? "processing restricted" : "processing restriction lifted"));
            }
        }
        return outcomes;
    }

    List<RecordOutcome> setDisplayName(SubjectQuery subject, String displayName) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Account account : accounts(subject)) {
            if (displayName.equals(account.displayName())) {
                outcomes.add(new RecordOutcome(account.recordId(), RecordOutcome.Action.ALREADY_DONE, "display name"));
            } else {
                update(sql.setDisplayName(), displayName, account.address());
                outcomes.add(new RecordOutcome(account.recordId(), RecordOutcome.Action.RECTIFIED, "display name"));
            }
        }
        return outcomes;
    }

    List<RecordOutcome> unsubscribe(SubjectQuery subject, ErasurePolicy policy) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        var keep = policy.keepReason(MailCategories.LIST_MEMBERSHIP);
        for (Membership membership : memberships(subject)) {
            if (keep.isPresent()) {
                outcomes.add(new RecordOutcome(membership.recordId(), RecordOutcome.Action.KEPT, keep.get()));
                continue;
            }
            try (PreparedStatement statement = connection().prepareStatement(sql.unsubscribe())) {
                statement.setString(1, membership.list());
                statement.setString(2, membership.member());
                statement.executeUpdate();
            }
            outcomes.add(new RecordOutcome(membership.recordId(), RecordOutcome.Action.ERASED, "unsubscribed"));
        }
        return outcomes;
    }

    /** Deletes the subject's accounts unless the policy keeps them. Run after their messages are erased. */
    List<RecordOutcome> deleteAccounts(SubjectQuery subject, ErasurePolicy policy) throws SQLException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        var keep = policy.keepReason(MailCategories.ACCOUNT);
        List<Account> accounts = accounts(subject);
        if (accounts.isEmpty()) {
            for (String address : subject.emailAddresses()) {
                outcomes.add(new RecordOutcome(
                        "account:" + address,
                        RecordOutcome.Action.ALREADY_DONE,
                        "no personal account at this address"));
            }
        }
        for (Account account : accounts) {
            if (keep.isPresent()) {
                outcomes.add(new RecordOutcome(account.recordId(), RecordOutcome.Action.KEPT, keep.get()));
                continue;
            }
            try (PreparedStatement statement = connection().prepareStatement(sql.deleteAccount())) {
                statement.setString(1, account.address().toLowerCase(java.util.Locale.ROOT));
                statement.executeUpdate();
            }
            outcomes.add(new RecordOutcome(account.recordId(), RecordOutcome.Action.ERASED, "account deleted"));
        }
        return outcomes;
    }

    private void update(String statementSql, Object value, String address) throws SQLException {
        try (PreparedStatement statement = connection().prepareStatement(statementSql)) {
            statement.setObject(1, value);
            statement.setString(2, address.toLowerCase(java.util.Locale.ROOT));
            statement.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        return backend.directory();
    }

    record Account(String address, String displayName, boolean enabled, boolean restricted) {
        String recordId() {
            return "account:" + address;
        }
    }

    record Membership(String list, String member) {
        String recordId() {
            return "list:" + list + "|" + member;
        }
    }
}

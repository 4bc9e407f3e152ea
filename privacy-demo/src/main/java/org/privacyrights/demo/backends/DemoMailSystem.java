package org.privacyrights.demo.backends;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Fills the demo mail system: an account per person in the user database, a newsletter every second person is on,
 * and mail between the people and from outside, in their inboxes, sent folders and archives. A message between two
 * people is in both mailboxes, so each person is also found in others' mail.
 */
final class DemoMailSystem {

    static final String NEWSLETTER = "news@" + DemoPerson.DOMAIN;

    private static final String[] SUBJECTS = {
        "Your order 10%d has shipped", "Meeting on Thursday", "Question about invoice %d", "Holiday photos",
        "Re: contract renewal", "Password reset requested", "Team lunch", "Feedback on the proposal"
    };
    private static final String SHOP = "orders@shop.example";

    private final Session session = Session.getInstance(new Properties());
    private final Map<String, Integer> ownMessages = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();

    /** How many messages each person's own mailbox holds, by address. */
    Map<String, Integer> ownMessages() {
        return ownMessages;
    }

    /** How many messages in other people's mailboxes name each person, by address. */
    Map<String, Integer> mentions() {
        return mentions;
    }

    void fill(List<DemoPerson> people, Connection directory, DemoMailServer server, Instant now)
            throws SQLException, MessagingException {
        accounts(people, directory);
        Map<String, GreenMailUser> mailboxes = new HashMap<>();
        for (DemoPerson person : people) {
            mailboxes.put(person.email(), server.mailbox(person.email()));
        }
        for (DemoPerson person : people) {
            int count = 4 + person.index() % 5;
            for (int k = 0; k < count; k++) {
                Instant sent = now.minus(Duration.ofHours(7L * (person.index() + 1) + 31L * k));
                String archiveOrInbox = k % 3 == 2 ? "Archive" : "INBOX";
                if (people.size() > 1 && k % 2 == 1) {
                    DemoPerson other = people.get((person.index() + k) % people.size());
                    if (other.equals(person)) {
                        continue;
                    }
                    MimeMessage message = message(person, other, k, sent);
                    server.store(mailboxes.get(person.email()), "Sent", message);
                    server.store(mailboxes.get(other.email()), archiveOrInbox, message);
                    count(person, other);
                    count(other, person);
                } else {
                    server.store(mailboxes.get(person.email()), archiveOrInbox, fromShop(person, k, sent));
                    ownMessages.merge(person.email(), 1, Integer::sum);
                }
            }
        }
    }

    /** A message between two people: in the mailbox of each, and naming the other. */
    private void count(DemoPerson mailboxOwner, DemoPerson named) {
        ownMessages.merge(mailboxOwner.email(), 1, Integer::sum);
        mentions.merge(named.email(), 1, Integer::sum);
    }

    private static void accounts(List<DemoPerson> people, Connection directory) throws SQLException {
        try (PreparedStatement user = directory.prepareStatement(
                        "INSERT INTO mail_user (email, display_name, password_hash) VALUES (?, ?, ?)");
                PreparedStatement list = directory.prepareStatement("INSERT INTO mailing_list VALUES (?, ?)");
                PreparedStatement member =
                        directory.prepareStatement("INSERT INTO mailing_list_member VALUES (?, ?)")) {
            for (DemoPerson person : people) {
                user.setString(1, person.email());
                user.setString(2, person.displayName());
                // The demo server knows only the master login; no password of the person's own works.
                user.setString(3, "{PLAIN}!");
                user.addBatch();
            }
            user.executeBatch();
            list.setString(1, NEWSLETTER);
            list.setString(2, "Demo newsletter");
            list.executeUpdate();
            for (DemoPerson person : people) {
                if (person.index() % 2 == 0) {
                    member.setString(1, NEWSLETTER);
                    member.setString(2, person.email());
                    member.addBatch();
                }
            }
            member.executeBatch();
        }
    }

    private MimeMessage message(DemoPerson from, DemoPerson to, int k, Instant sent) throws MessagingException {
        MimeMessage message = base(address(from), address(to), subject(from.index() + k), sent);
        String text = "Hello " + to.displayName() + ",\n\nas promised, here are my notes.\n\nBest regards,\n"
                + from.displayName() + "\n" + from.phone() + "\n";
        if (k % 4 == 1) {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart notes = new MimeBodyPart();
            notes.setText("Notes of " + from.displayName() + " for " + to.displayName() + "\n", "UTF-8");
            notes.setFileName("notes-" + k + ".txt");
            message.setContent(new MimeMultipart(body, notes));
        } else {
            message.setText(text, StandardCharsets.UTF_8.name());
        }
        message.saveChanges();
        return message;
    }

    private MimeMessage fromShop(DemoPerson to, int k, Instant sent) throws MessagingException {
        MimeMessage message = base(new InternetAddress(SHOP), address(to), subject(to.index() + k), sent);
        message.setText(
                "Dear " + to.displayName() + ",\n\nthank you for your order. Customer number: " + to.customerNumber()
                        + "\n",
                StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }

    private MimeMessage base(InternetAddress from, InternetAddress to, String subject, Instant sent)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sent));
        return message;
    }

    private static String subject(int n) {
        return String.format(SUBJECTS[n % SUBJECTS.length], 40 + n % 50);
    }

    private static InternetAddress address(DemoPerson person) throws MessagingException {
        try {
            return new InternetAddress(person.email(), person.displayName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }
}

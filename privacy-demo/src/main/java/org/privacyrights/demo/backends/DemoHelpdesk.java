package org.privacyrights.demo.backends;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the demo help desk (config/helpdesk/schema-h2.sql): a portal account per person with tickets, their
 * messages and attachments, live chats (some as a signed-in user, some as a visitor who only left an address) and
 * knowledge-base comments, answered by three agents.
 */
final class DemoHelpdesk {

    static final String[] TOPICS = {
        "Cannot sign in", "Parcel not delivered", "Wrong amount on invoice", "Change of address", "Refund request"
    };

    private final Map<String, Integer> rows = new HashMap<>();
    private long nextId = 1;

    /** How many rows of the help desk belong to each person, by address. */
    Map<String, Integer> rows() {
        return rows;
    }

    void fill(List<DemoPerson> people, Connection db, Instant now) throws SQLException {
        try (PreparedStatement agent = db.prepareStatement("INSERT INTO agent VALUES (?, ?, ?)");
                Inserts inserts = new Inserts(db)) {
            String[] agents = {"Sam Support", "Alex Agent", "Kim Care"};
            for (int a = 0; a < agents.length; a++) {
                agent.setLong(1, a + 1);
                agent.setString(2, agents[a]);
                agent.setString(3, agents[a].toLowerCase().replace(' ', '.') + "@helpdesk." + DemoPerson.DOMAIN);
                agent.executeUpdate();
            }
            for (DemoPerson person : people) {
                fill(person, inserts, now.minus(Duration.ofDays(90 + person.index())));
            }
        }
    }

    private void fill(DemoPerson person, Inserts insert, Instant joined) throws SQLException {
        int i = person.index();
        long user = insert.user(nextId++, person, joined);
        count(person, 1);
        for (int t = 0; t <= i % 3; t++) {
            Instant opened = joined.plus(Duration.ofDays(10L + 11L * t));
            long ticket = insert.ticket(
                    nextId++,
                    user,
                    1 + (i + t) % 3,
                    TOPICS[(i + t) % TOPICS.length],
                    t == 0 ? "open" : "closed",
                    opened);
            count(person, 1);
            for (int m = 0; m < 2 + t % 2; m++) {
                boolean fromCustomer = m % 2 == 0;
                String body = fromCustomer
                        ? "Hello, this is " + person.displayName() + " (" + person.customerNumber() + "). "
                                + TOPICS[(i + t) % TOPICS.length] + ": please help. You can call me on "
                                + person.phone() + "."
                        : "Dear " + person.displayName() + ", thank you for your message; we are looking into it.";
                long message = insert.message(
                        nextId++, ticket, fromCustomer ? "customer" : "agent", body, opened.plusSeconds(3600L * m));
                count(person, 1);
                if (m == 0 && t % 2 == 0) {
                    insert.attachment(nextId++, message, "details-" + ticket + ".txt", person);
                    count(person, 1);
                }
            }
        }
        if (i % 3 == 0) {
            chat(person, insert, user, joined.plus(Duration.ofDays(5)));
        }
        if (i % 4 == 1) {
            chat(person, insert, null, joined.minus(Duration.ofDays(3)));
        }
        if (i % 5 == 2) {
            insert.comment(nextId++, 100 + i % 7, user, person, joined.plus(Duration.ofDays(20)));
            count(person, 1);
        }
    }

    /** A chat as a signed-in user ({@code user} set) or as a visitor who typed in name and address. */
    private void chat(DemoPerson person, Inserts insert, Long user, Instant started) throws SQLException {
        long chat = insert.chat(nextId++, user, person, started);
        count(person, 1);
        String[] lines = {
            "Hi, I have a question about my order.",
            "Of course, what is the order number?",
            "It is 10" + person.index() + ", thanks!"
        };
        for (int l = 0; l < lines.length; l++) {
            insert.chatMessage(
                    nextId++, chat, l % 2 == 0 ? "visitor" : "agent", lines[l], started.plusSeconds(30L * l));
            count(person, 1);
        }
    }

    private void count(DemoPerson person, int more) {
        rows.merge(person.email(), more, Integer::sum);
    }

    /** The prepared inserts of one fill, in the schema's column order. */
    private static final class Inserts implements AutoCloseable {

        private final PreparedStatement user;
        private final PreparedStatement ticket;
        private final PreparedStatement message;
        private final PreparedStatement attachment;
        private final PreparedStatement chat;
        private final PreparedStatement chatMessage;
        private final PreparedStatement comment;

        Inserts(Connection db) throws SQLException {
            user = db.prepareStatement("INSERT INTO portal_user VALUES (?, ?, ?, ?, ?, TRUE, ?)");
            ticket = db.prepareStatement("INSERT INTO ticket VALUES (?, ?, ?, ?, ?, ?)");
            message = db.prepareStatement("INSERT INTO ticket_message VALUES (?, ?, ?, ?, ?)");
            attachment = db.prepareStatement("INSERT INTO attachment VALUES (?, ?, ?, ?, ?)");
            chat = db.prepareStatement("INSERT INTO live_chat VALUES (?, ?, ?, ?, ?, ?)");
            chatMessage = db.prepareStatement("INSERT INTO chat_message VALUES (?, ?, ?, ?, ?)");
            comment = db.prepareStatement("INSERT INTO kb_comment VALUES (?, ?, ?, ?, ?, ?)");
        }

        long user(long id, DemoPerson person, Instant created) throws SQLException {
            user.setLong(1, id);
            user.setString(2, person.email());
            user.setString(3, person.customerNumber());
            user.setString(4, person.displayName());
            user.setString(5, person.phone());
            user.setTimestamp(6, Timestamp.from(created));
            user.executeUpdate();
            return id;
        }

        long ticket(long id, long userId, long agentId, String subject, String status, Instant created)
                throws SQLException {
            ticket.setLong(1, id);
            ticket.setLong(2, userId);
            ticket.setLong(3, agentId);
            ticket.setString(4, subject);
            ticket.setString(5, status);
            ticket.setTimestamp(6, Timestamp.from(created));
            ticket.executeUpdate();
            return id;
        }

        long message(long id, long ticketId, String author, String body, Instant created) throws SQLException {
            message.setLong(1, id);
            message.setLong(2, ticketId);
            message.setString(3, author);
            message.setString(4, body);
            message.setTimestamp(5, Timestamp.from(created));
            message.executeUpdate();
            return id;
        }

        void attachment(long id, long messageId, String name, DemoPerson person) throws SQLException {
            attachment.setLong(1, id);
            attachment.setLong(2, messageId);
            attachment.setString(3, name);
            attachment.setString(4, "text/plain");
            attachment.setBytes(
                    5,
                    ("Customer: " + person.displayName() + "\nNumber: " + person.customerNumber() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            attachment.executeUpdate();
        }

        long chat(long id, Long userId, DemoPerson person, Instant started) throws SQLException {
            chat.setLong(1, id);
            if (userId == null) {
                chat.setNull(2, java.sql.Types.BIGINT);
            } else {
                chat.setLong(2, userId);
            }
            chat.setString(3, person.email());
            chat.setString(4, person.displayName());
            chat.setString(5, "192.0.2." + (1 + person.index() % 250));
            chat.setTimestamp(6, Timestamp.from(started));
            chat.executeUpdate();
            return id;
        }

        void chatMessage(long id, long chatId, String sender, String body, Instant sent) throws SQLException {
            chatMessage.setLong(1, id);
            chatMessage.setLong(2, chatId);
            chatMessage.setString(3, sender);
            chatMessage.setString(4, body);
            chatMessage.setTimestamp(5, Timestamp.from(sent));
            chatMessage.executeUpdate();
        }

        void comment(long id, long articleId, long userId, DemoPerson person, Instant created) throws SQLException {
            comment.setLong(1, id);
            comment.setLong(2, articleId);
            comment.setLong(3, userId);
            comment.setString(4, person.displayName());
            comment.setString(5, "Thanks, this article solved my problem. " + person.displayName());
            comment.setTimestamp(6, Timestamp.from(created));
            comment.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(user, ticket, message, attachment, chat, chatMessage, comment)) {
                statement.close();
            }
        }
    }
}

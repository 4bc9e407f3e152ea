package org.privacyrights.connectors.adapter.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrights.connectors.adapter.PrivacyResourceAdapter;
import org.privacyrights.connectors.adapter.testing.MailFixture;
import org.privacyrights.connectors.adapter.testing.TestBootstrapContext;
import org.privacyrights.connectors.adapter.testing.TestServices;
import org.privacyrights.connectors.api.inbound.InboundMail;
import org.privacyrights.connectors.api.inbound.PrivacyMailListener;
import org.privacyrights.connectors.api.inbound.QuarantinedMail;

/** The adapter watching a real privacy mailbox on Dovecot and delivering to an endpoint, as a container would. */
class PrivacyMailboxIT {

    private final TestBootstrapContext container = new TestBootstrapContext();
    private final List<InboundMail> delivered = new CopyOnWriteArrayList<>();
    private final List<QuarantinedMail> setAside = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failOnce = new AtomicBoolean(true);
    private MailFixture fixture;
    private PrivacyResourceAdapter adapter;

    @BeforeEach
    void createMailbox() throws Exception {
        fixture = new MailFixture().create(1, 0);
        adapter = new PrivacyResourceAdapter();
        adapter.start(container);
    }

    @AfterEach
    void dropMailbox() throws Exception {
        adapter.stop();
        container.close();
        fixture.drop();
    }

    @Test
    void everyMessageIsDeliveredAndMarkedOnlyAfterItsEndpointReturned() throws Exception {
        send("Please erase my data", "anna@example.org");
        send("fail-once: what do you hold about me?", "ben@example.org");
        send("Auskunft nach Art. 15", "carla@example.org");
        MessageEndpointFactory endpoints = endpointFactory();
        PrivacyMailboxActivationSpec spec = spec();

        adapter.endpointActivation(endpoints, spec);
        for (int i = 0; i < 100 && processed() < 3; i++) {
            Thread.sleep(100);
        }
        adapter.endpointDeactivation(endpoints, spec);

        assertThat(processed()).isEqualTo(3);
        // The message whose first delivery failed came again, once more, and then counted.
        assertThat(delivered)
                .extracting(InboundMail::from)
                .containsExactlyInAnyOrder(
                        "anna@example.org", "carla@example.org", "ben@example.org", "ben@example.org");
        assertThat(delivered)
                .filteredOn(m -> m.from().equals("anna@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Body of Please erase my data"));
    }

    /**
     * A mail in an unknown charset and one whose body cannot be decoded used to stop the mailbox: they failed
     * outside the handling of one message and came first at every look. Now each is tried on its own, set aside
     * after a few tries, and the multipart without its boundary, the 25 MB mail and the 500 others behind them flow.
     */
    @Test
    void badMailsAreSetAsideAndTheRestFlowsEvenFiveHundredInOneLook() throws Exception {
        appendRaw(
                raw("charset@example.org", "Unknown charset", "text/plain; charset=\"x-no-such-charset-1\"", "Hallo"));
        appendRaw(raw(
                "encoding@example.org",
                "Broken encoding",
                "text/plain; charset=utf-8\r\nContent-Transfer-Encoding: x-no-such-encoding",
                "Bitte l=F6schen"));
        appendRaw(raw(
                "boundary@example.org", "Missing boundary", "multipart/mixed", "no boundary follows\r\nat all\r\n"));
        appendRaw(raw("big@example.org", "Please erase my data", "text/plain; charset=us-ascii", "x".repeat(25 << 20)));
        List<byte[]> many = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(
                    raw("many" + i + "@example.org", "Auskunft " + i, "text/plain; charset=utf-8", "Kopie bitte " + i));
        }
        appendRaw(many.toArray(byte[][]::new));
        MessageEndpointFactory endpoints = endpointFactory();
        PrivacyMailboxActivationSpec spec = spec();

        adapter.endpointActivation(endpoints, spec);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && (processed() < 502 || setAside() < 2)) {
            // Waits for the mailbox to reach the state, looking every 200 ms.
            Thread.sleep(200);
        }
        adapter.endpointDeactivation(endpoints, spec);

        assertThat(processed())
                .as("the multipart without boundary, the 25 MB mail and the 500 behind the bad ones")
                .isEqualTo(502);
        assertThat(delivered).extracting(InboundMail::from).contains("boundary@example.org");
        assertThat(delivered)
                .filteredOn(m -> m.from().equals("big@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).hasSizeLessThanOrEqualTo(4_000));
        assertThat(delivered)
                .extracting(InboundMail::from)
                .filteredOn(from -> from.startsWith("many"))
                .hasSize(500)
                .doesNotHaveDuplicates();
        assertThat(setAside()).as("the two bad mails, set aside").isEqualTo(2);
        assertThat(setAside)
                .as("reported with what could be read and why, after the attempts allowed")
                .extracting(QuarantinedMail::from, QuarantinedMail::attempts)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("charset@example.org", 3),
                        org.assertj.core.groups.Tuple.tuple("encoding@example.org", 3));
        assertThat(setAside)
                .filteredOn(m -> m.from().equals("charset@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("x-no-such-charset-1"));
        assertThat(setAside)
                .filteredOn(m -> m.from().equals("encoding@example.org"))
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("x-no-such-encoding"));
    }

    private static byte[] raw(String from, String subject, String contentType, String body) {
        return ("From: " + from + "\r\nTo: privacy@example.org\r\nSubject: " + subject
                        + "\r\nMessage-ID: <" + java.util.UUID.randomUUID() + "@example.org>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: " + contentType + "\r\n\r\n" + body + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void appendRaw(byte[]... messages) throws Exception {
        try (Store store = masterStore()) {
            Folder inbox = store.getFolder("INBOX");
            Session session = Session.getInstance(new Properties());
            Message[] parsed = new Message[messages.length];
            for (int i = 0; i < messages.length; i++) {
                parsed[i] = new MimeMessage(session, new java.io.ByteArrayInputStream(messages[i]));
            }
            inbox.appendMessages(parsed);
        }
    }

    /** Messages the adapter set aside after failing with them. */
    private int setAside() throws Exception {
        try (Store store = masterStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.search(new FlagTerm(new Flags("$PrivacyQuarantined"), true)).length;
            inbox.close(false);
            return count;
        }
    }

    private PrivacyMailboxActivationSpec spec() {
        PrivacyMailboxActivationSpec spec = new PrivacyMailboxActivationSpec();
        spec.setHost(TestServices.IMAP_HOST);
        spec.setPort(TestServices.IMAP_PORT);
        spec.setSsl(false);
        spec.setAllowPlaintext(true);
        spec.setUser(fixture.subject + "*" + TestServices.MASTER_USER);
        spec.setPassword(TestServices.MASTER_PASSWORD);
        spec.setPollIntervalSeconds(1);
        return spec;
    }

    private void send(String subject, String from) throws Exception {
        try (Store store = masterStore()) {
            Folder inbox = store.getFolder("INBOX");
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(fixture.subject));
            message.setSubject(subject, "UTF-8");
            message.setText("Body of " + subject, "UTF-8");
            message.saveChanges();
            inbox.appendMessages(new Message[] {message});
        }
    }

    private int processed() throws Exception {
        try (Store store = masterStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.search(new FlagTerm(new Flags(MailboxPoller.PROCESSED), true)).length;
            inbox.close(false);
            return count;
        }
    }

    private Store masterStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(
                TestServices.IMAP_HOST,
                TestServices.IMAP_PORT,
                fixture.subject + "*" + TestServices.MASTER_USER,
                TestServices.MASTER_PASSWORD);
        return store;
    }

    /** Endpoints that record what they receive and fail the first delivery of a "fail-once" message. */
    private MessageEndpointFactory endpointFactory() {
        return new MessageEndpointFactory() {
            @Override
            public MessageEndpoint createEndpoint(XAResource resource) {
                return (MessageEndpoint) Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {PrivacyMailListener.class, MessageEndpoint.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("onPrivacyMail")) {
                                InboundMail mail = (InboundMail) args[0];
                                delivered.add(mail);
                                if (mail.subject().startsWith("fail-once") && failOnce.getAndSet(false)) {
                                    throw new IllegalStateException("the transaction rolled back");
                                }
                            }
                            if (method.getName().equals("onQuarantined")) {
                                setAside.add((QuarantinedMail) args[0]);
                            }
                            return null;
                        });
            }

            @Override
            public MessageEndpoint createEndpoint(XAResource resource, long timeout) {
                return createEndpoint(resource);
            }

            @Override
            public boolean isDeliveryTransacted(Method method) {
                return false;
            }

            @Override
            public String getActivationName() {
                return "privacy-mailbox-test";
            }

            @Override
            public Class<?> getEndpointClass() {
                return PrivacyMailListener.class;
            }
        };
    }

    /** The container's side: Work runs on its threads. */
}

package org.privacyrights.connectors.adapter.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Address books and calendars on the test Radicale, written over plain HTTP as any client would: the subject's own
 * collections, and colleagues' collections where the subject appears as a contact, organizer or attendee, with
 * look-alike addresses that must not match. Each run uses principals of its own.
 */
public final class DavFixture {

    public static final String BASE = "http://127.0.0.1:5232/";
    public static final String USER = "privacy-admin";
    public static final String PASSWORD = "test-dav-password";

    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final String subject;
    public final List<String> colleagues = List.of("bob." + run + "@example.org", "carol." + run + "@example.org");
    public int ownContacts;
    public int ownEvents;
    public int contactsElsewhere;
    public int eventsElsewhere;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public DavFixture() {
        this.subject = "ada." + run + "@example.org";
    }

    /** Contacts and events of a subject that other systems know by the same address. */
    public DavFixture(String subject) {
        this.subject = subject;
    }

    public DavFixture create() throws IOException, InterruptedException {
        collections(subject);
        for (int i = 0; i < 3; i++) {
            put(
                    subject + "/contacts/friend-" + i + ".vcf",
                    vcard("Friend " + i, "friend" + i + "." + run + "@example.net"),
                    "text/vcard");
            ownContacts++;
            put(
                    subject + "/calendar/own-" + i + ".ics",
                    event("own-" + i, "Dentist " + i, subject, List.of()),
                    "text/calendar");
            ownEvents++;
        }
        for (String colleague : colleagues) {
            collections(colleague);
            put(colleague + "/contacts/ada.vcf", vcard("Ada Lovelace", subject.toUpperCase()), "text/vcard");
            contactsElsewhere++;
            put(colleague + "/contacts/nada.vcf", vcard("Nada", "n" + subject), "text/vcard");
            put(colleague + "/contacts/other.vcf", vcard("Other", "other." + run + "@example.org"), "text/vcard");
            put(
                    colleague + "/calendar/meeting.ics",
                    event("m-" + colleague, "Planning", colleague, List.of(subject, "x@example.org")),
                    "text/calendar");
            eventsElsewhere++;
            put(
                    colleague + "/calendar/organised.ics",
                    event("o-" + colleague, "Review", subject, List.of(colleague)),
                    "text/calendar");
            eventsElsewhere++;
            put(
                    colleague + "/calendar/lookalike.ics",
                    event("l-" + colleague, "Lunch", colleague, List.of(subject + ".evil.test")),
                    "text/calendar");
        }
        return this;
    }

    private void collections(String principal) throws IOException, InterruptedException {
        send("MKCOL", principal + "/", null, null);
        send(
                "MKCOL",
                principal + "/contacts/",
                """
                <?xml version="1.0" encoding="utf-8"?>
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
                <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype><D:displayname>Contacts</D:displayname>
                </D:prop></D:set></D:mkcol>""",
                "application/xml");
        send("MKCALENDAR", principal + "/calendar/", null, null);
    }

    /**
     * An address book and a calendar of the subject's under names given as they are (URL-encoded here), each with
     * one contact and one event under the given item name: for names a client may choose freely.
     */
    public void collectionsNamed(String name, String itemName) throws IOException, InterruptedException {
        String book = subject + "/" + encode(name + " book") + "/";
        send(
                "MKCOL",
                book,
                """
                <?xml version="1.0" encoding="utf-8"?>
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
                <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>""",
                "application/xml");
        put(
                book + encode(itemName) + ".vcf",
                vcard("Friend of " + name, "friend." + run + "@example.net"),
                "text/vcard");
        ownContacts++;
        String calendar = subject + "/" + encode(name + " calendar") + "/";
        send("MKCALENDAR", calendar, null, null);
        put(
                calendar + encode(itemName) + ".ics",
                event(UUID.randomUUID().toString(), name, subject, List.of()),
                "text/calendar");
        ownEvents++;
    }

    private static String encode(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String vcard(String name, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + UUID.randomUUID() + "\r\nFN:" + name + "\r\nN:" + name
                + ";;;;\r\nEMAIL;TYPE=INTERNET:" + email + "\r\nEND:VCARD\r\n";
    }

    private static String event(String uid, String summary, String organizer, List<String> attendees) {
        StringBuilder ics = new StringBuilder(
                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//privacy tests//EN\r\nBEGIN:VEVENT\r\n")
                .append("UID:")
                .append(uid)
                .append("\r\nDTSTAMP:20260101T090000Z\r\nDTSTART:20260310T090000Z\r\n")
                .append("DTEND:20260310T100000Z\r\nSUMMARY:")
                .append(summary)
                .append("\r\nORGANIZER:mailto:")
                .append(organizer)
                .append("\r\n");
        for (String attendee : attendees) {
            ics.append("ATTENDEE;CN=Guest:mailto:").append(attendee).append("\r\n");
        }
        return ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString();
    }

    private void put(String path, String body, String type) throws IOException, InterruptedException {
        send("PUT", path, body, type);
    }

    private void send(String method, String path, String body, String type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type + "; charset=utf-8");
        }
        // A client per request: the test server closes idle connections that a shared client would reuse.
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Removes this run's principals and everything in them. */
    public void drop() throws IOException, InterruptedException {
        send("DELETE", subject + "/", null, null);
        for (String colleague : colleagues) {
            send("DELETE", colleague + "/", null, null);
        }
    }
}

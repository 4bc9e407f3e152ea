package org.privacyrights.connectors.adapter.dav;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Email;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.privacyrights.connectors.api.ArchivePaths;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.ExportScope;
import org.privacyrights.connectors.api.ExportSink;
import org.privacyrights.connectors.api.RecordOutcome;
import org.privacyrights.connectors.api.RecordOutcome.Action;
import org.privacyrights.connectors.api.RecordRef;
import org.privacyrights.connectors.api.SubjectQuery;
import org.privacyrights.connectors.api.dav.DavCategories;

/**
 * The subject's contacts and events on a DAV server: everything in the subject's own collections, and elsewhere the
 * vCards with one of their addresses and the events that name them as organizer or attendee.
 */
final class DavOperations {

    private final DavClient client;

    DavOperations(DavClient client) {
        this.client = client;
    }

    /** One item found, with what was read of it. */
    record Item(RecordRef record, String href, String etag, String data, boolean contact) {}

    List<Item> find(SubjectQuery subject) throws IOException {
        List<Item> items = new ArrayList<>();
        for (DavResource principal : client.propfind("/", 1)) {
            if (principal.href().equals("/") || !principal.href().endsWith("/")) {
                continue;
            }
            boolean own = subject.emailAddresses().contains(owner(principal.href()));
            for (DavResource collection : client.propfind(principal.href(), 1)) {
                if (collection.isAddressBook()) {
                    items.addAll(contacts(subject, collection.href(), own));
                } else if (collection.isCalendar()) {
                    items.addAll(events(subject, collection.href(), own));
                }
            }
        }
        return items;
    }

    List<RecordRef> discover(SubjectQuery subject) throws IOException {
        return find(subject).stream().map(Item::record).toList();
    }

    /** Each vCard as {@code contacts/<owner>/<book>/<name>.vcf}, each event as {@code calendar/.../<name>.ics}. */
    int export(SubjectQuery subject, ExportSink sink, ExportScope scope) throws IOException {
        int files = 0;
        ArchivePaths.Unique paths = new ArchivePaths.Unique();
        for (Item item : find(subject)) {
            if (!scope.includes(item.record().category())) {
                continue;
            }
            String[] parts = item.href().replaceAll("^/+|/+$", "").split("/");
            String path = (item.contact() ? "contacts/" : "calendar/") + String.join("/", safe(parts));
            String extension = item.contact() ? ".vcf" : ".ics";
            try (OutputStream out = sink.open(
                    paths.claim(path.endsWith(extension) ? path : path + extension),
                    item.contact() ? "text/vcard" : "text/calendar")) {
                out.write(item.data().getBytes(StandardCharsets.UTF_8));
            }
            files++;
        }
        return files;
    }

    List<RecordOutcome> erase(SubjectQuery subject, ErasurePolicy policy) throws IOException {
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Item item : find(subject)) {
            var keep = policy.keepReason(item.record().category());
            if (keep.isPresent()) {
                outcomes.add(new RecordOutcome(item.record().id(), Action.KEPT, keep.get()));
            } else if (client.delete(item.href(), item.etag())) {
                outcomes.add(new RecordOutcome(item.record().id(), Action.ERASED, "deleted"));
            } else {
                outcomes.add(new RecordOutcome(item.record().id(), Action.ALREADY_DONE, "already gone"));
            }
        }
        return outcomes;
    }

    /** Corrects the name on the subject's own vCards in other people's address books. */
    List<RecordOutcome> rectify(SubjectQuery subject, String attribute, String value) throws IOException {
        if (!"displayName".equals(attribute)) {
            throw new IllegalArgumentException("Contacts can correct displayName, not " + attribute);
        }
        List<RecordOutcome> outcomes = new ArrayList<>();
        for (Item item : find(subject)) {
            if (!item.record().category().equals(DavCategories.CONTACT)) {
                continue;
            }
            VCard card = Ezvcard.parse(item.data()).first();
            if (card.getFormattedName() != null
                    && value.equals(card.getFormattedName().getValue())) {
                outcomes.add(new RecordOutcome(item.record().id(), Action.ALREADY_DONE, "display name"));
                continue;
            }
            card.setFormattedName(value);
            client.put(
                    item.href(),
                    item.etag(),
                    Ezvcard.write(card).version(card.getVersion()).go(),
                    "text/vcard");
            outcomes.add(new RecordOutcome(item.record().id(), Action.RECTIFIED, "display name"));
        }
        return outcomes;
    }

    private List<Item> contacts(SubjectQuery subject, String collection, boolean own) throws IOException {
        Map<String, DavResource> found = new LinkedHashMap<>();
        if (own) {
            client.report(collection, addressBookQuery(null)).forEach(r -> found.put(r.href(), r));
        } else {
            for (String address : subject.emailAddresses()) {
                client.report(collection, addressBookQuery(address)).forEach(r -> found.put(r.href(), r));
            }
        }
        List<Item> items = new ArrayList<>();
        for (DavResource resource : found.values()) {
            if (resource.data() != null && (own || vcardNames(resource.data(), subject.emailAddresses()))) {
                String category = own ? DavCategories.OWN_CONTACT : DavCategories.CONTACT;
                items.add(new Item(
                        new RecordRef("dav:" + resource.href(), category, collection),
                        resource.href(),
                        resource.etag(),
                        resource.data(),
                        true));
            }
        }
        return items;
    }

    private List<Item> events(SubjectQuery subject, String collection, boolean own) throws IOException {
        Map<String, DavResource> found = new LinkedHashMap<>();
        if (own) {
            client.report(collection, calendarQuery(null, null)).forEach(r -> found.put(r.href(), r));
        } else {
            for (String address : subject.emailAddresses()) {
                for (String property : List.of("ORGANIZER", "ATTENDEE")) {
                    client.report(collection, calendarQuery(property, address)).forEach(r -> found.put(r.href(), r));
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (DavResource resource : found.values()) {
            if (resource.data() != null && (own || eventNames(resource.data(), subject.emailAddresses()))) {
                String category = own ? DavCategories.OWN_EVENT : DavCategories.EVENT;
                items.add(new Item(
                        new RecordRef("dav:" + resource.href(), category, collection),
                        resource.href(),
                        resource.etag(),
                        resource.data(),
                        false));
            }
        }
        return items;
    }

    static boolean vcardNames(String data, Set<String> addresses) {
        for (VCard card : Ezvcard.parse(data).all()) {
            for (Email email : card.getEmails()) {
                if (email.getValue() != null
                        && addresses.contains(email.getValue().trim().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean eventNames(String data, Set<String> addresses) throws IOException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(data));
        } catch (ParserException e) {
            throw new DavClient.DavException("An event is not valid iCalendar: " + e.getMessage());
        }
        for (Component event : calendar.getComponents(Component.VEVENT)) {
            for (String name : List.of(Property.ORGANIZER, Property.ATTENDEE)) {
                for (Property property : event.getProperties(name)) {
                    String value = property.getValue().trim();
                    String address = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value;
                    if (addresses.contains(address.toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String addressBookQuery(String address) {
        String filter = address == null
                ? "<C:filter><C:prop-filter name=\"FN\"/></C:filter>"
                : "<C:filter><C:prop-filter name=\"EMAIL\"><C:text-match collation=\"i;unicode-casemap\" match-type=\"contains\">"
                        + xml(address) + "</C:text-match></C:prop-filter></C:filter>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><C:addressbook-query xmlns:D=\"DAV:\" xmlns:C=\""
                + DavClient.CARDDAV + "\"><D:prop><D:getetag/><C:address-data/></D:prop>" + filter
                + "</C:addressbook-query>";
    }

    private static String calendarQuery(String property, String address) {
        String match = property == null
                ? ""
                : "<C:prop-filter name=\"" + property + "\"><C:text-match collation=\"i;ascii-casemap\">" + xml(address)
                        + "</C:text-match></C:prop-filter>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\""
                + DavClient.CALDAV
                + "\"><D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name=\"VCALENDAR\">"
                + "<C:comp-filter name=\"VEVENT\">" + match
                + "</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String owner(String principalHref) {
        String name = principalHref.replaceAll("^/+|/+$", "");
        return URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    /**
     * Each level of an href, decoded and cleaned by the archive's one naming rule: a {@code %2F} a server sent
     * decodes to a slash inside one level, which becomes {@code _} and never a level of its own.
     */
    private static String[] safe(String[] parts) {
        String[] cleaned = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cleaned[i] = ArchivePaths.segment(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return cleaned;
    }
}

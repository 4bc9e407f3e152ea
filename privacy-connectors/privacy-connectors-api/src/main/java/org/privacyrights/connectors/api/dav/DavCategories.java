package org.privacyrights.connectors.api.dav;

/** The data categories the DAV connector reports. */
public final class DavCategories {

    /** Contacts and events in collections that belong to the subject. */
    public static final String OWN_CONTACT = "contacts.own-address-book";

    public static final String OWN_EVENT = "calendar.own-calendar";

    /** The subject's vCard in someone else's address book. */
    public static final String CONTACT = "contacts.vcard";

    /** Someone else's event that names the subject as organizer or attendee. */
    public static final String EVENT = "calendar.event";

    private DavCategories() {}
}

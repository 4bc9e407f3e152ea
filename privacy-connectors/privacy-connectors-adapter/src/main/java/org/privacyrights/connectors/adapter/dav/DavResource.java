package org.privacyrights.connectors.adapter.dav;

import java.util.Set;

/** One response of a multistatus: where it is, what kind of collection (if any), its ETag and content. */
record DavResource(String href, Set<String> resourceTypes, String etag, String data) {

    boolean isAddressBook() {
        return resourceTypes.contains("addressbook");
    }

    boolean isCalendar() {
        return resourceTypes.contains("calendar");
    }
}

/**
 * Contacts and calendars over CardDAV (RFC 6352) and CalDAV (RFC 4791): the server's own REPORT queries find
 * candidates, ez-vcard and ical4j check the addresses exactly. DAV has no transactions; every change is
 * conditional on the ETag it was read with, and repeats are harmless.
 */
package org.privacyrights.connectors.adapter.dav;

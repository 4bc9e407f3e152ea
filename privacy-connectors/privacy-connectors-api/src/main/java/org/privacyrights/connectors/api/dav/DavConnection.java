package org.privacyrights.connectors.api.dav;

import org.privacyrights.connectors.api.PrivacyConnection;

/**
 * Every principal's address books and calendars on one DAV server, reached with a service account. Contacts are
 * exported as vCards (.vcf), events as iCalendar (.ics). DAV has no processing flag, so a restriction changes
 * nothing here and says so.
 */
public interface DavConnection extends PrivacyConnection {}

/** Contacts and calendars over CardDAV and CalDAV (Radicale, SabreDAV, Nextcloud, Exchange's DAV gateways). */
package org.privacyrights.connectors.api.dav;

/**
 * The quick start's demonstration: generated requests for the dashboard to show, and a page that shows the mails the
 * platform sends (codes, links), where a newcomer reads them. Off unless {@code privacy.demo.enabled=true},
 * which only the quick start's configuration sets: the page shows every outgoing mail to anyone.
 */
package org.privacyrights.demo;

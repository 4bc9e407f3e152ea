/**
 * Marketing: double opt-in sign-ups and one-click unsubscribe (RFC 8058) through signed list links.
 */
package org.privacyrights.marketing.application;

/**
 * Double opt-in sign-ups for marketing mail.
 */
package org.privacyrights.marketing.domain;

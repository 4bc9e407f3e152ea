/**
 * Consent as proof: purposes, the exact notices shown, append-only sealed records of each decision, and the current state per subject and purpose.
 */
package org.privacyrights.consent.domain;

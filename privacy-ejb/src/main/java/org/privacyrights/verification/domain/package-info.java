/** Proof that a requester controls an address: one-time codes and link tokens, their limits, as plain logic. */
package org.privacyrights.verification.domain;

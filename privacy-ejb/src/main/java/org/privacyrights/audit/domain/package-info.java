/**
 * The append-only audit trail. Each event carries the hash of the one before it, so an edited or deleted row breaks
 * the chain. Events hold ids and action names, never personal data, so that an erasure never rewrites the chain.
 */
package org.privacyrights.audit.domain;

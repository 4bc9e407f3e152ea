/**
 * Policy documents in immutable published versions, acknowledgements of them (sealed proof, not consent), the signed gate ticket, and the once-only notices of new versions.
 */
package org.privacyrights.policy.domain;

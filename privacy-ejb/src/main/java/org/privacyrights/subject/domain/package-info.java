/** The people whose data the organisation holds, and the identities (addresses, customer ids) they have proven. */
package org.privacyrights.subject.domain;

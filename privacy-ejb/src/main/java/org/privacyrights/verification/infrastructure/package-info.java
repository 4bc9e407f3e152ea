/** JPA repositories of challenges and rate-limit events. */
package org.privacyrights.verification.infrastructure;

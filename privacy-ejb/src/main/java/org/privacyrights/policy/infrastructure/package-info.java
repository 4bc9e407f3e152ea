/**
 * JPA storage of policies, acknowledgements and notices, including the acknowledgements' seal check.
 */
package org.privacyrights.policy.infrastructure;

/** Help articles stored with JPA. */
package org.privacyrights.knowledge.infrastructure;

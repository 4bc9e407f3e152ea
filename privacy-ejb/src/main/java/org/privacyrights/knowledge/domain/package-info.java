/** Help articles of the subject portal. */
package org.privacyrights.knowledge.domain;

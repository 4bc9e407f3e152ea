/** Help articles: read by everyone on the portal, written by staff who answer for what the portal says. */
package org.privacyrights.knowledge.application;

/**
 * Art. 12(3) deadlines computed by the EU rules for periods (Regulation 1182/71): month arithmetic, weekends and
 * the installation's public holidays. Plain Java, unit-tested without a container.
 */
package org.privacyrights.deadline;

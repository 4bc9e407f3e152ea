/** The resource adapter itself: lifecycle and what every connection definition shares. */
package org.privacyrights.connectors.adapter;

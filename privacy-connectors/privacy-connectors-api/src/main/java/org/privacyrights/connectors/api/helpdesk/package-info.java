/** The help-desk backend family: any SQL help desk, described by a declarative data map. */
package org.privacyrights.connectors.api.helpdesk;

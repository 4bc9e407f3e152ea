/**
 * The help-desk connector: one JDBC connector for any SQL help desk, driven by a data map (JSON) that says which
 * tables hold personal data, how they join to the person, which category each column is and how it is erased.
 * The map's format is config/helpdesk/datamap.schema.json; it is checked against the database's own metadata at start.
 * Identifiers in SQL come from the validated data map only; every value is a parameter. The connection definition
 * declares local transactions, which is what a JDBC database really offers here.
 */
package org.privacyrights.connectors.adapter.helpdesk;

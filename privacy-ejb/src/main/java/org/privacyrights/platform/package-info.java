/**
 * What every feature shares at run time: the database (defined here, migrated by Flyway at start-up), the clock,
 * and the installation's settings read through MicroProfile Config.
 */
package org.privacyrights.platform;

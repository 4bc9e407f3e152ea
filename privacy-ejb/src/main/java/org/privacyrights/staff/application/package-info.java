/**
 * The staff boundary: checking credentials for the identity store, the password rules, counting sign-in attempts
 * per user and per address (and what a lockout records and tells), and managing staff users.
 */
package org.privacyrights.staff.application;

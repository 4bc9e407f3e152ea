/** The staff boundary: checking credentials for the identity store, and managing staff users. */
package org.privacyrights.staff.application;

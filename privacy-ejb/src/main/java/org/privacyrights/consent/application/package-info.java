/**
 * Recording consent decisions from other systems and staff, the consent check API's hot path, and the history staff read.
 */
package org.privacyrights.consent.application;

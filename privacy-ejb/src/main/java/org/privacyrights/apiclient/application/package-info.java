/**
 * Issuing, revoking and checking API keys, with a short-lived cache for the hot path.
 */
package org.privacyrights.apiclient.application;

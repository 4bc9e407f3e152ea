/** The verification boundary: issuing codes with a request, checking them, and the limits on both. */
package org.privacyrights.verification.application;

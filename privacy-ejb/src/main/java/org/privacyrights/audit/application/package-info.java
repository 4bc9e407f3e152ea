/** The audit boundary: appending events within the caller's transaction, and verifying the chain. */
package org.privacyrights.audit.application;

/** Export files at rest: encrypted staging per request and system, and the encrypted archives. */
package org.privacyrights.export.infrastructure;

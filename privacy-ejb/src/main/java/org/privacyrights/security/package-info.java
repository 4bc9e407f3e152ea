/** The roles every boundary checks. Authentication itself lives in the web module. */
package org.privacyrights.security;

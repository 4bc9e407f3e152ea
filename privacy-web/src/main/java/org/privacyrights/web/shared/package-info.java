/** Backing beans every page shares: the visitor's language. */
package org.privacyrights.web.shared;

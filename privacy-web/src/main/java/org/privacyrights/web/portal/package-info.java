/** Backing beans of the subject portal's pages. Thin: they call the EJB boundaries and show DTOs. */
package org.privacyrights.web.portal;

/** Backing beans of the staff dashboard's pages. Thin: they call the EJB boundaries and show DTOs. */
package org.privacyrights.web.staff;

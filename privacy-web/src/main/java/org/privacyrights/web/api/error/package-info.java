/**
 * Every error the API gives is JSON with the status, a stable error code, a message, and the offending field when
 * there is one. Mappers translate the boundaries' exceptions; nothing leaks a stack trace.
 */
package org.privacyrights.web.api.error;

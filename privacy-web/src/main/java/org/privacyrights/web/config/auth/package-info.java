/**
 * Jakarta Security for staff: one authentication mechanism that serves the dashboard (form login with its own
 * page, session kept server-side, id renewed at login) and the API (HTTP Basic, stateless), and identity stores
 * chosen by configuration ({@code privacy.auth.store}: {@code database} or {@code ldap}).
 */
package org.privacyrights.web.config.auth;

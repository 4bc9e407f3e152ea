/**
 * Jakarta Security for staff: one authentication mechanism that serves the dashboard (form login with its own
 * page, session kept server-side, id renewed at login) and the API (HTTP Basic with recent matches remembered, or
 * signed short-lived staff tokens; stateless), every password check counted by the sign-in throttle first
 * ({@link org.privacyrights.web.config.auth.StaffSignIn}), and identity stores chosen by configuration
 * ({@code privacy.auth.store}: {@code database} or {@code ldap}).
 */
package org.privacyrights.web.config.auth;

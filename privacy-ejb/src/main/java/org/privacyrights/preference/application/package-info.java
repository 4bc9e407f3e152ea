/**
 * The subject's preference centre: a signed link mailed to the address opens the person's consents, marketing and
 * policies waiting for acceptance; every change is recorded as proof like any other decision.
 */
package org.privacyrights.preference.application;

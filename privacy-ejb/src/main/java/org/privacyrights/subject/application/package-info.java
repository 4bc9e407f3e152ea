/**
 * Finding or storing the person other systems name by email address, safe when two name a new person at once.
 */
package org.privacyrights.subject.application;

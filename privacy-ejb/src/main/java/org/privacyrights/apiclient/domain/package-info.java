/**
 * Other systems of the organisation that call the platform with an API key; only the key's hash is stored.
 */
package org.privacyrights.apiclient.domain;

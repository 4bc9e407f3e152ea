/**
 * Publishing policy versions, the login gate other applications ask, the acknowledgement page's work, and the batched notices of new versions.
 */
package org.privacyrights.policy.application;

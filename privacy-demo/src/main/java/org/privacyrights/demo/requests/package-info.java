/**
 * The quick start's demonstration requests: a few months of requests from the demo backends' people, in every state
 * a queue holds, generated inside the platform at its first start. Built into this module's "platform" jar, which
 * only the quick start's WAR carries; the demo backends' WAR leaves these classes out.
 */
package org.privacyrights.demo.requests;

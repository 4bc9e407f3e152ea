/**
 * The privacy request and its lifecycle: what a data subject asked for, through which channel, where it stands and
 * what each connected system still has to do. Plain domain logic; no transactions or security here.
 */
package org.privacyrights.request.domain;

/** What a subject receives for an access or portability request: files, manifest, summary, and the package. */
package org.privacyrights.export.domain;

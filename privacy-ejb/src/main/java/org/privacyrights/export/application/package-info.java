/** Assembling the export package and releasing it to the subject after a second proof of the address. */
package org.privacyrights.export.application;

/** Which work each right needs in the connected systems, as plain logic. */
package org.privacyrights.fulfilment.domain;

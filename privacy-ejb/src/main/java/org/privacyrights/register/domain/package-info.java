/** The register of processing activities (Art. 30): what each system processes, why, for whom and how long. */
package org.privacyrights.register.domain;

/** Reading the installation's register, as the answers to subjects (Art. 13-15) quote it. */
package org.privacyrights.register.application;

/** MicroProfile Health checks: the platform is ready only when its database answers. */
package org.privacyrights.web.health;

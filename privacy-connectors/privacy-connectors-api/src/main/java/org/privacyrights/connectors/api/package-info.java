/**
 * What applications see of the connectors: checked errors and value types shared by every backend family.
 * Nothing here depends on {@code jakarta.resource.spi}; the resource adapter implements these contracts.
 */
package org.privacyrights.connectors.api;

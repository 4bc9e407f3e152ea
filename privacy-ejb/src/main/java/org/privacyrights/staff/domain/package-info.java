/** Staff users (DPO, agents, auditors, administrators), their roles and how their passwords are stored. */
package org.privacyrights.staff.domain;

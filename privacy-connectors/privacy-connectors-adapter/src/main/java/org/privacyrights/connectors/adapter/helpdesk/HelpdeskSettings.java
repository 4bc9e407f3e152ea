package org.privacyrights.connectors.adapter.helpdesk;

import org.privacyrights.connectors.adapter.JdbcTimeouts;

/** An immutable snapshot of one help-desk connection definition. */
record HelpdeskSettings(
        String systemName,
        String jdbcUrl,
        String user,
        String password,
        DataMap dataMap,
        String mask,
        byte[] hashKey,
        int queryTimeoutSeconds,
        JdbcTimeouts timeouts) {}

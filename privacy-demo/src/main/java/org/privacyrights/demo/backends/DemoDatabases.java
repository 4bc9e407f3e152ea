package org.privacyrights.demo.backends;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

/**
 * In-memory H2 databases made from the reference schemas, served over H2's TCP server, which refuses connections
 * from other hosts. A database lives until {@link #close()}: its first connection keeps it ({@code DB_CLOSE_DELAY}).
 */
final class DemoDatabases implements AutoCloseable {

    private final Map<Integer, Server> servers = new TreeMap<>();
    private final List<Connection> open = new ArrayList<>();

    /** Creates the database with {@code login} as its owner, runs the schema, and serves it on its port. */
    Connection create(DemoBackendSettings.Login login, String schemaResource) throws SQLException, IOException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(login.url().inProcessUrl());
        source.setUser(login.user());
        source.setPassword(login.password());
        Connection db = source.getConnection();
        open.add(db);
        try (Statement sql = db.createStatement()) {
            for (String statement : schema(schemaResource)) {
                sql.execute(statement);
            }
        }
        if (!servers.containsKey(login.url().port())) {
            servers.put(
                    login.url().port(),
                    Server.createTcpServer(
                                    "-tcpPort", String.valueOf(login.url().port()))
                            .start());
        }
        return db;
    }

    private static List<String> schema(String resource) throws IOException {
        try (InputStream in = DemoDatabases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The demo's schema " + resource + " is not in its WAR");
            }
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }

    @Override
    public void close() throws SQLException {
        servers.values().forEach(Server::stop);
        servers.clear();
        SQLException failure = null;
        for (Connection db : open) {
            try (Statement sql = db.createStatement()) {
                sql.execute("SHUTDOWN");
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }
}

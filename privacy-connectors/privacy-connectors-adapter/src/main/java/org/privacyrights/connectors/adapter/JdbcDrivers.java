package org.privacyrights.connectors.adapter;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Properties;
import java.util.ServiceLoader;

/** JDBC for the connectors that talk to a database themselves: drivers come from the adapter's own class loader. */
public final class JdbcDrivers {

    private JdbcDrivers() {}

    /** Connects with the adapter's driver that accepts {@code url}; DriverManager would not look in the RAR. */
    public static Connection connect(String url, Properties login) throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcDrivers.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Connection connection = driver.connect(url, login);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new SQLException(
                "No JDBC driver in the adapter accepts " + url.replaceAll("password=[^&;]*", "password=***"));
    }

    /** The login and the timeouts, as the driver of {@code url} reads them. */
    public static Properties login(String user, String password, String url, JdbcTimeouts timeouts) {
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        timeouts.applyTo(url, login);
        return login;
    }

    /**
     * A failure of the connection itself, which a new connection may not have, as opposed to bad SQL or a
     * constraint: SQL state class 08 (connection exception), PostgreSQL's 57P01-57P03 (the server shut down or
     * terminated the session), MariaDB's 70100 (connection killed), and the JDBC exceptions for broken connections.
     */
    public static boolean isConnectionFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.io.IOException
                    || (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("70100"));
    }
}

package org.privacyrights.verification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.privacyrights.verification.domain.RateLimitRepository;

/**
 * Counts in {@code rate_limit_window}, one short local transaction per event on a pool of its own
 * ({@value #DATA_SOURCE}, outside the caller's transaction, so a caller holding a connection of the main pool never
 * waits for another one from it). The count is raised by one conditional UPDATE, which the database applies to the
 * row under a row lock and re-checks after any wait, so exactly {@code max} of any number of parallel attempts
 * pass. The first attempt of a window inserts the row; one that loses that race to another instance or thread
 * rolls back and tries the UPDATE again. The same statements run on H2, PostgreSQL and MariaDB.
 */
@ApplicationScoped
public class JdbcRateLimitRepository implements RateLimitRepository {

    public static final String DATA_SOURCE = org.privacyrights.platform.SchemaMigration.LIMITS_DATA_SOURCE;

    private static final String RAISE = "UPDATE rate_limit_window SET hits = hits + 1"
            + " WHERE bucket = ? AND key_hash = ? AND window_start = ? AND hits < ?";
    private static final String EXISTS =
            "SELECT hits FROM rate_limit_window WHERE bucket = ? AND key_hash = ? AND window_start = ?";
    private static final String CREATE =
            "INSERT INTO rate_limit_window (bucket, key_hash, window_start, hits) VALUES (?, ?, ?, 1)";

    /** One lost insert race is expected; a second one for the same row would mean the row vanished meanwhile. */
    private static final int ATTEMPTS = 3;

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    protected JdbcRateLimitRepository() {}

    /** For tests outside the container. */
    public JdbcRateLimitRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean take(String bucket, String keyHash, long windowStart, int max) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return take(connection, bucket, keyHash, windowStart, max);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit " + bucket + " could not be counted: " + e.getMessage(), e);
        }
    }

    private static boolean take(Connection connection, String bucket, String keyHash, long windowStart, int max)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                // A row that appeared after the first UPDATE looked is raised again before it counts as full.
                boolean taken = raise(connection, bucket, keyHash, windowStart, max)
                        || (exists(connection, bucket, keyHash, windowStart)
                                ? raise(connection, bucket, keyHash, windowStart, max)
                                : create(connection, bucket, keyHash, windowStart));
                connection.commit();
                return taken;
            } catch (SQLException e) {
                connection.rollback();
                if (!lostInsertRace(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static boolean raise(Connection connection, String bucket, String keyHash, long windowStart, int max)
            throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
            raise.setString(1, bucket);
            raise.setString(2, keyHash);
            raise.setLong(3, windowStart);
            raise.setInt(4, max);
            return raise.executeUpdate() == 1;
        }
    }

    private static boolean exists(Connection connection, String bucket, String keyHash, long windowStart)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
            exists.setString(1, bucket);
            exists.setString(2, keyHash);
            exists.setLong(3, windowStart);
            try (ResultSet row = exists.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean create(Connection connection, String bucket, String keyHash, long windowStart)
            throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(CREATE)) {
            create.setString(1, bucket);
            create.setString(2, keyHash);
            create.setLong(3, windowStart);
            create.executeUpdate();
            return true;
        }
    }

    /** A unique-key violation (SQLSTATE class 23): another attempt created the window's row first. */
    private static boolean lostInsertRace(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    @Override
    public int hits(String bucket, String keyHash, long windowStart) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement hits = connection.prepareStatement(EXISTS)) {
            hits.setString(1, bucket);
            hits.setString(2, keyHash);
            hits.setLong(3, windowStart);
            try (ResultSet row = hits.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit " + bucket + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public int purgeBefore(long windowStart) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement("DELETE FROM rate_limit_window WHERE window_start < ?")) {
            purge.setLong(1, windowStart);
            return purge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Old rate limit windows could not be removed: " + e.getMessage(), e);
        }
    }
}

package io.github.amocrmspring.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EntityGuard} shared by every application instance that uses one database: the lock of an entity is a
 * row lock on its row of the lock table, held in an open transaction on a connection of its own.
 *
 * <p>To run an action under the locks of some entities, the guard:
 * <ol>
 * <li>takes a connection from the data source, outside any transaction of the application;
 * <li>inserts the rows of entities seen for the first time (each row is kept for later saves);
 * <li>starts a transaction and locks the rows with {@code SELECT ... FOR UPDATE}, in a fixed order, each attempt
 * waiting in the database's queue of lock waiters for at most the configured pause; when an attempt times out it
 * rolls back and tries again, up to the configured attempts, and then raises {@link EntityLockException} rather
 * than proceed unlocked. Waiting in the database's queue keeps the waiters in order, so a busy instance cannot
 * starve the others;
 * <li>runs the action, then rolls back, which releases the locks, and returns the connection.
 * </ol>
 * Because the lock is held by the database for an open transaction, a holder that dies (a crashed instance, a
 * dropped connection) releases it as soon as the database notices the connection is gone; no stale lock is ever
 * left behind. Works on H2, PostgreSQL, MySQL 8 and MariaDB 10.3 or later; MySQL and MariaDB count lock waits in
 * whole seconds, so there an attempt waits for the pause rounded up to a second. A zero pause makes every attempt
 * give up at once ({@code NOWAIT}).
 *
 * <p>Each save holds one connection of the pool while it runs; size the pool for the saves that run at once.
 */
public class JdbcEntityGuard implements EntityGuard {

    /** The default name of the lock table. */
    public static final String DEFAULT_TABLE_NAME = "amocrm_lock";

    private static final Logger logger = LoggerFactory.getLogger(JdbcEntityGuard.class);

    private static final Set<Integer> LOCK_NOT_AVAILABLE_CODES = Set.of(
            1205, // MySQL and MariaDB: lock wait timeout, also raised by NOWAIT on MariaDB
            3572, // MySQL 8: NOWAIT could not lock
            1213, // MySQL and MariaDB: deadlock
            50200, // H2: lock timeout
            90131 // H2: concurrent update
            );

    private static final Set<String> LOCK_NOT_AVAILABLE_STATES = Set.of(
            "55P03", // PostgreSQL: lock not available, also a lock_timeout
            "57014", // PostgreSQL: statement cancelled while waiting for the lock
            "40P01", // PostgreSQL: deadlock
            "40001", // serialization failure
            "HYT00" // H2: lock timeout
            );

    private final DataSource dataSource;

    private final String tableName;

    private final int attempts;

    private final Duration pause;

    private final HeldLocks heldLocks = new HeldLocks();

    private final String selectSql;

    private final String insertSql;

    private volatile Dialect dialect;

    /**
     * Create a guard.
     * @param dataSource the database shared by the application instances
     * @param tableName the lock table, created by the starter's schema scripts
     * @param attempts how many times to try to take a lock (at least 1)
     * @param pause the pause between two attempts
     */
    public JdbcEntityGuard(DataSource dataSource, String tableName, int attempts, Duration pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (!tableName.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("Invalid lock table name '" + tableName + "'");
        }
        this.dataSource = dataSource;
        this.tableName = tableName;
        this.attempts = attempts;
        this.pause = pause;
        String where = " WHERE account_host = ? AND entity_type = ? AND entity_id = ?";
        this.selectSql = "SELECT entity_id FROM " + tableName + where;
        this.insertSql = "INSERT INTO " + tableName + " (account_host, entity_type, entity_id, created_at)"
                + " VALUES (?, ?, ?, ?)";
    }

    @Override
    public <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action) {
        List<EntityKey> toLock = this.heldLocks.missing(keys);
        if (toLock.isEmpty()) {
            return action.get();
        }
        Connection connection = connect(toLock.get(0));
        try {
            lockAll(connection, toLock);
        } catch (RuntimeException ex) {
            release(connection, toLock);
            throw ex;
        }
        this.heldLocks.add(toLock);
        try {
            return action.get();
        } finally {
            this.heldLocks.remove(toLock);
            release(connection, toLock);
        }
    }

    private Connection connect(EntityKey key) {
        try {
            return this.dataSource.getConnection();
        } catch (SQLException ex) {
            throw new EntityLockException("Could not get a database connection to lock " + key, key, ex);
        }
    }

    private void lockAll(Connection connection, List<EntityKey> keys) {
        EntityKey current = keys.get(0);
        try {
            connection.setAutoCommit(true);
            for (EntityKey key : keys) {
                current = key;
                insertIfAbsent(connection, key);
            }
            connection.setAutoCommit(false);
            Dialect dialect = dialect(connection);
            for (int attempt = 1; attempt <= this.attempts; attempt++) {
                EntityKey busy = tryLockAll(connection, dialect, keys);
                if (busy == null) {
                    return;
                }
                current = busy;
                connection.rollback();
                logger.debug("The lock of {} is held by another save; attempt {} of {}", busy, attempt, this.attempts);
                if (attempt < this.attempts && !dialect.waitsInDatabase(this.pause)) {
                    pause(busy);
                }
            }
        } catch (SQLException ex) {
            throw new EntityLockException("Could not lock " + current + ": " + ex.getMessage(), current, ex);
        }
        throw new EntityLockException(
                "Could not lock " + current + " in " + this.attempts + " attempt(s) " + this.pause.toMillis()
                        + " ms apart: another save of it is still running",
                current,
                null);
    }

    /** Lock every row, or return the first key whose row another transaction holds. */
    private EntityKey tryLockAll(Connection connection, Dialect dialect, List<EntityKey> keys) throws SQLException {
        String lockSql = this.selectSql + dialect.beforeAttempt(connection, this.pause);
        for (EntityKey key : keys) {
            try (PreparedStatement statement = prepare(connection, lockSql, key);
                    ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("The lock row of " + key + " is missing from " + this.tableName);
                }
            } catch (SQLException ex) {
                if (isLockNotAvailable(ex)) {
                    return key;
                }
                throw ex;
            }
        }
        return null;
    }

    private void insertIfAbsent(Connection connection, EntityKey key) throws SQLException {
        try (PreparedStatement statement = prepare(connection, this.selectSql, key);
                ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                return;
            }
        }
        try (PreparedStatement statement = prepare(connection, this.insertSql, key)) {
            statement.setLong(4, System.currentTimeMillis());
            statement.executeUpdate();
        } catch (SQLException ex) {
            if (!isDuplicateKey(ex)) {
                throw ex;
            }
        }
    }

    private PreparedStatement prepare(Connection connection, String sql, EntityKey key) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, key.accountHost());
        statement.setString(2, key.entityTypeName());
        statement.setLong(3, key.entityId());
        return statement;
    }

    private void pause(EntityKey key) {
        try {
            Thread.sleep(this.pause.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EntityLockException("Interrupted while waiting for the lock of " + key, key, ex);
        }
    }

    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = this.dialect;
        if (known == null) {
            known = Dialect.of(connection.getMetaData().getDatabaseProductName());
            this.dialect = known;
        }
        return known;
    }

    private void release(Connection connection, List<EntityKey> keys) {
        try {
            connection.rollback();
            if (this.dialect != null) {
                this.dialect.afterLocking(connection, this.pause);
            }
            connection.setAutoCommit(true);
        } catch (SQLException ex) {
            logger.warn(
                    "Could not release the locks of {} cleanly; they are freed with the connection: {}",
                    keys,
                    ex.getMessage());
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ex) {
            logger.debug("Could not close a lock connection: {}", ex.getMessage());
        }
    }

    static boolean isLockNotAvailable(SQLException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (LOCK_NOT_AVAILABLE_CODES.contains(sql.getErrorCode())
                            || (sql.getSQLState() != null && LOCK_NOT_AVAILABLE_STATES.contains(sql.getSQLState())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuplicateKey(SQLException ex) {
        String state = ex.getSQLState();
        return (state != null && state.startsWith("23"))
                || ex.getErrorCode() == 1062
                || ex.getMessage().toLowerCase(Locale.ROOT).contains("duplicate");
    }

    /** How each database waits a bounded time for a row lock. */
    enum Dialect {

        /** {@code SET LOCAL lock_timeout}, reset when the transaction ends. */
        POSTGRESQL {
            @Override
            String beforeAttempt(Connection connection, Duration pause) throws SQLException {
                if (pause.isZero()) {
                    return NOWAIT;
                }
                try (var statement = connection.createStatement()) {
                    statement.execute("SET LOCAL lock_timeout = '" + Math.max(1, pause.toMillis()) + "ms'");
                }
                return FOR_UPDATE;
            }
        },

        /** {@code FOR UPDATE WAIT n}, in whole seconds. */
        MARIADB {
            @Override
            String beforeAttempt(Connection connection, Duration pause) {
                return pause.isZero() ? NOWAIT : FOR_UPDATE + " WAIT " + wholeSeconds(pause);
            }
        },

        /** The session's {@code innodb_lock_wait_timeout}, in whole seconds, set back to the default afterwards. */
        MYSQL {
            @Override
            String beforeAttempt(Connection connection, Duration pause) throws SQLException {
                if (pause.isZero()) {
                    return NOWAIT;
                }
                try (var statement = connection.createStatement()) {
                    statement.execute("SET SESSION innodb_lock_wait_timeout = " + wholeSeconds(pause));
                }
                return FOR_UPDATE;
            }

            @Override
            void afterLocking(Connection connection, Duration pause) throws SQLException {
                if (!pause.isZero()) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                    }
                }
            }
        },

        /** {@code FOR UPDATE WAIT n}, in fractions of a second. */
        H2 {
            @Override
            String beforeAttempt(Connection connection, Duration pause) {
                return pause.isZero() ? NOWAIT : FOR_UPDATE + " WAIT " + (pause.toMillis() / 1000.0);
            }
        },

        /** Any other database: {@code NOWAIT}, and a pause between attempts. */
        OTHER {
            @Override
            String beforeAttempt(Connection connection, Duration pause) {
                return NOWAIT;
            }

            @Override
            boolean waitsInDatabase(Duration pause) {
                return false;
            }
        };

        private static final String FOR_UPDATE = " FOR UPDATE";

        private static final String NOWAIT = " FOR UPDATE NOWAIT";

        static Dialect of(String productName) {
            String name = (productName != null) ? productName.toLowerCase(Locale.ROOT) : "";
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("mariadb")) {
                return MARIADB;
            }
            if (name.contains("mysql")) {
                return MYSQL;
            }
            if (name.contains("h2")) {
                return H2;
            }
            return OTHER;
        }

        /** Prepare one attempt and return the locking clause to append to the select. */
        abstract String beforeAttempt(Connection connection, Duration pause) throws SQLException;

        /** Undo session settings once the locks are released. */
        void afterLocking(Connection connection, Duration pause) throws SQLException {}

        /** Return whether an attempt already waited for the pause in the database. */
        boolean waitsInDatabase(Duration pause) {
            return !pause.isZero();
        }

        private static long wholeSeconds(Duration pause) {
            return Math.max(1, (pause.toMillis() + 999) / 1000);
        }
    }

    @Override
    public String toString() {
        return "JdbcEntityGuard[table=" + this.tableName + ", attempts=" + this.attempts + ", pause=" + this.pause
                + "]";
    }
}

package io.github.amocrmspring.ratelimit;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j proxy manager that keeps buckets in a MySQL or MariaDB table and locks a bucket's row with
 * {@code SELECT ... FOR UPDATE} for each operation.
 *
 * <p>Bucket4j's own MySQL module runs its transactions at the connection's isolation level, which is
 * {@code REPEATABLE READ} by default. There, two instances that meet an account's row for the first time both take
 * a gap lock with their {@code SELECT ... FOR UPDATE}, then both wait for each other's gap lock to insert the row,
 * and InnoDB ends one of them with a deadlock error. This manager runs each transaction at
 * {@code READ COMMITTED}, where a lookup of a missing row takes no gap lock: the second insert waits for the first
 * to commit and is then ignored.
 */
class MySqlSelectForUpdateProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;

    private final String selectForUpdateSql;

    private final String insertSql;

    private final String updateSql;

    private final String deleteSql;

    MySqlSelectForUpdateProxyManager(DataSource dataSource, String tableName, ClientSideConfig clientSideConfig) {
        super(clientSideConfig);
        this.dataSource = dataSource;
        this.selectForUpdateSql = "SELECT state FROM " + tableName + " WHERE id = ? FOR UPDATE";
        this.insertSql = "INSERT IGNORE INTO " + tableName + " (id, state) VALUES (?, NULL)";
        this.updateSql = "UPDATE " + tableName + " SET state = ? WHERE id = ?";
        this.deleteSql = "DELETE FROM " + tableName + " WHERE id = ?";
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> requestTimeoutNanos) {
        return new Transaction(key);
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(this.deleteSql)) {
            statement.setString(1, key);
            statement.executeUpdate();
        } catch (SQLException ex) {
            throw BucketExceptions.from(ex);
        }
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return false;
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final String key;

        private Connection connection;

        private int previousIsolation;

        Transaction(String key) {
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> requestTimeoutNanos) {
            try {
                this.connection = MySqlSelectForUpdateProxyManager.this.dataSource.getConnection();
                this.previousIsolation = this.connection.getTransactionIsolation();
                this.connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                this.connection.setAutoCommit(false);
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> requestTimeoutNanos) {
            try (PreparedStatement statement = prepare(selectForUpdateSql, requestTimeoutNanos)) {
                statement.setString(1, this.key);
                try (ResultSet resultSet = statement.executeQuery()) {
                    return resultSet.next()
                            ? LockAndGetResult.locked(resultSet.getBytes(1))
                            : LockAndGetResult.notLocked();
                }
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> requestTimeoutNanos) {
            try (PreparedStatement statement = prepare(insertSql, requestTimeoutNanos)) {
                statement.setString(1, this.key);
                return statement.executeUpdate() > 0;
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> requestTimeoutNanos) {
            try (PreparedStatement statement = prepare(updateSql, requestTimeoutNanos)) {
                statement.setBytes(1, data);
                statement.setString(2, this.key);
                statement.executeUpdate();
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public void commit(Optional<Long> requestTimeoutNanos) {
            try {
                this.connection.commit();
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public void rollback() {
            try {
                this.connection.rollback();
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        @Override
        public void release() {
            try (Connection connection = this.connection) {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(this.previousIsolation);
            } catch (SQLException ex) {
                throw BucketExceptions.from(ex);
            }
        }

        private PreparedStatement prepare(String sql, Optional<Long> requestTimeoutNanos) throws SQLException {
            PreparedStatement statement = this.connection.prepareStatement(sql);
            applyTimeout(statement, requestTimeoutNanos);
            return statement;
        }
    }
}

package io.github.amocrmspring.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link TokenStorage} in a database table, shared by every application instance that uses the database.
 *
 * <p>Each account has one row, keyed by account host. {@link #update(String, TokenUpdate)} locks that row with
 * {@code SELECT ... FOR UPDATE} in a transaction of its own and reads it again under the lock, so refreshes of one
 * account are serialized across instances while other accounts are never blocked. The table is created by the
 * scripts {@code io/github/amocrmspring/storage/schema-<platform>.sql}.
 */
public class JdbcTokenStorage implements TokenStorage {

    /** The default name of the token table. */
    public static final String DEFAULT_TABLE_NAME = "amocrm_token";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private static final Logger logger = LoggerFactory.getLogger(JdbcTokenStorage.class);

    private final JdbcClient jdbcClient;

    private final TransactionTemplate transactionTemplate;

    private final String tableName;

    /** Create a storage on the given data source and table. */
    public JdbcTokenStorage(DataSource dataSource, String tableName) {
        if (!TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("Token table name '" + tableName
                    + "' is not a plain SQL identifier (letters, digits and '_', optionally 'schema.table')");
        }
        this.jdbcClient = JdbcClient.create(dataSource);
        this.transactionTemplate = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.transactionTemplate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tableName = tableName;
    }

    @Override
    public Optional<StoredTokens> load(String accountHost) {
        return this.jdbcClient
                .sql("SELECT * FROM " + this.tableName + " WHERE account_host = ?")
                .param(accountHost)
                .query(this::mapRow)
                .optional()
                .filter(JdbcTokenStorage::isPresent);
    }

    @Override
    public void save(StoredTokens tokens) {
        update(tokens.accountHost(), current -> tokens);
    }

    @Override
    public boolean hasTokens(String accountHost) {
        return this.jdbcClient
                        .sql("SELECT COUNT(*) FROM " + this.tableName
                                + " WHERE account_host = ? AND access_token IS NOT NULL")
                        .param(accountHost)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public List<String> accountHosts() {
        return this.jdbcClient
                .sql("SELECT * FROM " + this.tableName + " ORDER BY account_host")
                .query(this::mapRow)
                .list()
                .stream()
                .filter(JdbcTokenStorage::isPresent)
                .map(StoredTokens::accountHost)
                .toList();
    }

    @Override
    public void delete(String accountHost) {
        this.jdbcClient
                .sql("DELETE FROM " + this.tableName + " WHERE account_host = ?")
                .param(accountHost)
                .update();
    }

    @Override
    public StoredTokens update(String accountHost, TokenUpdate update) {
        insertRowIfAbsent(accountHost);
        return Objects.requireNonNull(this.transactionTemplate.execute(status -> {
            StoredTokens locked = this.jdbcClient
                    .sql("SELECT * FROM " + this.tableName + " WHERE account_host = ? FOR UPDATE")
                    .param(accountHost)
                    .query(this::mapRow)
                    .single();
            StoredTokens current = isPresent(locked) ? locked : null;
            StoredTokens updated = update.apply(current);
            if (updated == null || !updated.accountHost().equals(accountHost)) {
                throw new IllegalStateException("Token update for account " + accountHost
                        + " must return tokens of that account, not " + updated);
            }
            if (updated != current) {
                write(updated);
            }
            return updated;
        }));
    }

    /** Make sure the account has a row to lock; the empty row counts as no tokens. */
    private void insertRowIfAbsent(String accountHost) {
        Long rows = this.jdbcClient
                .sql("SELECT COUNT(*) FROM " + this.tableName + " WHERE account_host = ?")
                .param(accountHost)
                .query(Long.class)
                .single();
        if (rows > 0) {
            return;
        }
        try {
            this.transactionTemplate.executeWithoutResult(status -> this.jdbcClient
                    .sql("INSERT INTO " + this.tableName
                            + " (account_host, auth_kind, needs_authorization) VALUES (?, ?, ?)")
                    .params(accountHost, AuthKind.OAUTH.name(), false)
                    .update());
        } catch (DuplicateKeyException ex) {
            logger.debug("Token row of account {} was created by another instance", accountHost);
        }
    }

    private void write(StoredTokens tokens) {
        this.jdbcClient
                .sql("UPDATE " + this.tableName + " SET auth_kind = ?, access_token = ?, refresh_token = ?,"
                        + " expires_at = ?, refreshed_at = ?, needs_authorization = ? WHERE account_host = ?")
                .params(
                        tokens.kind().name(),
                        tokens.accessToken(),
                        tokens.refreshToken(),
                        toMillis(tokens.expiresAt()),
                        toMillis(tokens.refreshedAt()),
                        tokens.needsAuthorization(),
                        tokens.accountHost())
                .update();
    }

    private StoredTokens mapRow(ResultSet resultSet, int rowNumber) throws SQLException {
        return new StoredTokens(
                resultSet.getString("account_host"),
                AuthKind.valueOf(resultSet.getString("auth_kind")),
                resultSet.getString("access_token"),
                resultSet.getString("refresh_token"),
                toInstant(resultSet.getObject("expires_at", Long.class)),
                toInstant(resultSet.getObject("refreshed_at", Long.class)),
                resultSet.getBoolean("needs_authorization"));
    }

    private static boolean isPresent(StoredTokens tokens) {
        return tokens.accessToken() != null || tokens.refreshToken() != null || tokens.needsAuthorization();
    }

    private static @Nullable Long toMillis(@Nullable Instant instant) {
        return (instant != null) ? instant.toEpochMilli() : null;
    }

    private static @Nullable Instant toInstant(@Nullable Long millis) {
        return (millis != null) ? Instant.ofEpochMilli(millis) : null;
    }
}

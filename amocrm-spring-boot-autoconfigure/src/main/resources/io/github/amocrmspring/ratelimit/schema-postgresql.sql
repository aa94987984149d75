CREATE TABLE IF NOT EXISTS amocrm_rate_limit (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);

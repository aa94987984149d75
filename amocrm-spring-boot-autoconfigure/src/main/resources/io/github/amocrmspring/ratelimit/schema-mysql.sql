CREATE TABLE IF NOT EXISTS amocrm_rate_limit (
    id VARCHAR(255) NOT NULL PRIMARY KEY,
    state BLOB,
    expires_at BIGINT
) ENGINE = InnoDB;

CREATE TABLE IF NOT EXISTS amocrm_token (
    account_host        VARCHAR(255)  NOT NULL PRIMARY KEY,
    auth_kind           VARCHAR(32)   NOT NULL,
    access_token        VARCHAR(8192),
    refresh_token       VARCHAR(8192),
    expires_at          BIGINT,
    refreshed_at        BIGINT,
    needs_authorization BOOLEAN       NOT NULL
);

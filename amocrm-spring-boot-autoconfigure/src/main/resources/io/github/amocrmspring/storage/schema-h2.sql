CREATE TABLE IF NOT EXISTS amocrm_token (
    account_host        VARCHAR(255)  NOT NULL PRIMARY KEY,
    auth_kind           VARCHAR(32)   NOT NULL,
    access_token        VARCHAR(8192),
    refresh_token       VARCHAR(8192),
    expires_at          BIGINT,
    refreshed_at        BIGINT,
    needs_authorization BOOLEAN       NOT NULL
);

CREATE TABLE IF NOT EXISTS amocrm_lock (
    account_host VARCHAR(255) NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    created_at   BIGINT       NOT NULL,
    PRIMARY KEY (account_host, entity_type, entity_id)
);

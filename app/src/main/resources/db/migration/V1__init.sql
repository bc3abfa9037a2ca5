-- The workbench's schema, one script for SQLite and PostgreSQL. Times are epoch milliseconds (BIGINT), ids are
-- random UUID text. Columns marked "encrypted" hold FieldCipher values (k<keyId>:<base64>), never plaintext.
-- ${serial} is "INTEGER PRIMARY KEY AUTOINCREMENT" on SQLite and an identity column on PostgreSQL.

CREATE TABLE orgs (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    created_at  BIGINT       NOT NULL
);

CREATE TABLE users (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    org_id         VARCHAR(36)  NOT NULL REFERENCES orgs (id),
    email          VARCHAR(320) NOT NULL UNIQUE,   -- lower-cased
    role           VARCHAR(20)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,          -- Argon2id hash string
    created_at     BIGINT       NOT NULL
);
CREATE INDEX users_org ON users (org_id);

-- API and calendar tokens: only the SHA-256 of the secret is kept.
CREATE TABLE tokens (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,              -- api | calendar
    user_id     VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  BIGINT      NOT NULL
);
CREATE INDEX tokens_user ON tokens (user_id);

-- Sessions live here, not in a process, so several processes can serve one office.
CREATE TABLE sessions (
    token_hash           CHAR(64)    NOT NULL PRIMARY KEY,
    user_id              VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token           VARCHAR(64) NOT NULL,
    created_at           BIGINT      NOT NULL,
    last_seen_at         BIGINT      NOT NULL,
    expires_at           BIGINT      NOT NULL,     -- idle expiry, slides forward on use
    absolute_expires_at  BIGINT      NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins, one row each, counted per e-mail and per address within the throttling window.
CREATE TABLE login_failures (
    id          ${serial},
    subject     VARCHAR(400) NOT NULL,             -- "email:<address>" or "addr:<remote address>"
    at          BIGINT       NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, at);

CREATE TABLE clients (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    org_id        VARCHAR(36) NOT NULL REFERENCES orgs (id),
    display_name  TEXT        NOT NULL,            -- encrypted
    case_json     TEXT        NOT NULL,            -- encrypted: the pcr-case/1 document
    notes         TEXT,                            -- encrypted
    version       BIGINT      NOT NULL,
    created_at    BIGINT      NOT NULL,
    updated_at    BIGINT      NOT NULL,
    created_by    VARCHAR(36) NOT NULL
);
CREATE INDEX clients_org ON clients (org_id, updated_at);

-- The audit log: every read and change of a client file. No foreign keys, so entries outlive what they name.
CREATE TABLE audit (
    seq         ${serial},
    at          BIGINT       NOT NULL,
    org_id      VARCHAR(36)  NOT NULL,
    user_id     VARCHAR(36),
    user_email  VARCHAR(320),
    action      VARCHAR(60)  NOT NULL,
    client_id   VARCHAR(36),
    detail      VARCHAR(1000)
);
CREATE INDEX audit_org_at ON audit (org_id, at);

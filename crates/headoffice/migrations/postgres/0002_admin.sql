-- The head office's one admin account (an argon2id PHC string, set from the CLI) and
-- the admin's browser sessions, kept only as SHA-256 of the cookie's random value.
CREATE TABLE admin (
    id            integer PRIMARY KEY CHECK (id = 1),
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    set_at        timestamptz NOT NULL
);

CREATE TABLE admin_sessions (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

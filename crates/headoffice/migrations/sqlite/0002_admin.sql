-- The head office's one admin account (an argon2id PHC string, set from the CLI) and
-- the admin's browser sessions, kept only as SHA-256 of the cookie's random value.
CREATE TABLE admin (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    set_at        TEXT NOT NULL
) STRICT;

CREATE TABLE admin_sessions (
    token_hash BLOB PRIMARY KEY NOT NULL CHECK (length(token_hash) = 32),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Kiosk operators: a name, a role and a PIN kept only as an argon2id hash. Wrong PINs
-- are counted; after five the account locks for a while that grows with each further
-- wrong PIN. Nothing here is sent to the head office.
CREATE TABLE operators (
    id              TEXT PRIMARY KEY NOT NULL,  -- UUIDv7
    name            TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 60),
    role            TEXT NOT NULL CHECK (role IN ('admin', 'operator')),
    pin_hash        TEXT NOT NULL,              -- PHC string, argon2id
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    INTEGER,                    -- unix seconds; NULL when not locked
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT, WITHOUT ROWID;

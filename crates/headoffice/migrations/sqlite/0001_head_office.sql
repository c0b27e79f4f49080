-- The head office's first schema: enrolled kiosks, one-time enrolment tokens, the
-- records kiosks send (every version), and what was not taken (for the dashboard).
-- Times are UTC text, 'YYYY-MM-DDTHH:MM:SS.sssZ', so they sort and compare as text.

-- Only the SHA-256 of a kiosk's secret is kept; NULL once revoked.
CREATE TABLE kiosks (
    id            TEXT PRIMARY KEY NOT NULL,   -- UUIDv7, given at the first enrolment
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    secret_hash   BLOB CHECK (secret_hash IS NULL OR length(secret_hash) = 32),
    local_id      TEXT,                        -- the kiosk's own id, as it reported it
    reported_name TEXT,                        -- the kiosk's name, as it reported it
    enrolled_at   TEXT NOT NULL,
    revoked_at    TEXT,
    last_sync_at  TEXT,                        -- the last batch applied
    CHECK (revoked_at IS NULL OR secret_hash IS NULL)
) STRICT;

-- Only the SHA-256 of a token is kept. kiosk_id is set for a re-enrolment.
CREATE TABLE enrolment_tokens (
    token_hash BLOB PRIMARY KEY NOT NULL CHECK (length(token_hash) = 32),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kiosk_id   TEXT REFERENCES kiosks(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    revoked_at TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX enrolment_tokens_kiosk ON enrolment_tokens(kiosk_id) WHERE kiosk_id IS NOT NULL;

-- Every version of every record, as canonical JSON (sorted keys). A tombstone clears
-- the body of every version of its id; the id, kind, kiosk and versions stay.
CREATE TABLE records (
    id          TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 100),
    version     INTEGER NOT NULL CHECK (version >= 1),
    kind        TEXT NOT NULL CHECK (kind IN ('entrepreneur', 'check_in', 'learner',
                                              'lesson_progress', 'course_completion')),
    kiosk_id    TEXT NOT NULL REFERENCES kiosks(id),
    body        TEXT CHECK (body IS NULL OR json_valid(body)),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    received_at TEXT NOT NULL,
    PRIMARY KEY (id, version),
    CHECK (deleted = 0 OR body IS NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX records_kind ON records(kind);
CREATE INDEX records_kiosk ON records(kiosk_id);

-- Records sent but not taken: conflicts and rejections, with the reason, for the
-- dashboard. No body: it may hold personal data the head office never accepted.
-- A later applied or duplicate outcome for the same version removes the row.
CREATE TABLE quarantine (
    kiosk_id   TEXT NOT NULL REFERENCES kiosks(id),
    id         TEXT NOT NULL,                  -- as sent, cut to 100 characters
    version    INTEGER NOT NULL,
    kind       TEXT NOT NULL,                  -- as sent, cut to 40 characters
    outcome    TEXT NOT NULL CHECK (outcome IN ('conflict', 'rejected')),
    reason     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    times      INTEGER NOT NULL DEFAULT 1 CHECK (times >= 1),
    PRIMARY KEY (kiosk_id, id, version)
) STRICT, WITHOUT ROWID;

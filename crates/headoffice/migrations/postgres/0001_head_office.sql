-- The head office's first schema on PostgreSQL, the same tables and rules as
-- migrations/sqlite/0001_head_office.sql: enrolled kiosks, one-time enrolment tokens,
-- the records kiosks send (every version), and what was not taken (for the dashboard).
-- Ids sort and compare byte by byte (COLLATE "C"), as in SQLite.

-- Only the SHA-256 of a kiosk's secret is kept; NULL once revoked.
CREATE TABLE kiosks (
    id            text COLLATE "C" PRIMARY KEY,  -- UUIDv7, given at the first enrolment
    name          text COLLATE "C" NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    secret_hash   bytea CHECK (secret_hash IS NULL OR length(secret_hash) = 32),
    local_id      text,                          -- the kiosk's own id, as it reported it
    reported_name text,                          -- the kiosk's name, as it reported it
    enrolled_at   timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_sync_at  timestamptz,                   -- the last batch applied
    CHECK (revoked_at IS NULL OR secret_hash IS NULL)
);

-- Only the SHA-256 of a token is kept. kiosk_id is set for a re-enrolment.
CREATE TABLE enrolment_tokens (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    kiosk_id   text COLLATE "C" REFERENCES kiosks(id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);
CREATE INDEX enrolment_tokens_kiosk ON enrolment_tokens(kiosk_id) WHERE kiosk_id IS NOT NULL;

-- Every version of every record, as JSON. A tombstone clears the body of every
-- version of its id; the id, kind, kiosk and versions stay.
CREATE TABLE records (
    id          text COLLATE "C" NOT NULL CHECK (char_length(id) BETWEEN 1 AND 100),
    version     bigint NOT NULL CHECK (version >= 1),
    kind        text COLLATE "C" NOT NULL CHECK (kind IN ('entrepreneur', 'check_in', 'learner',
                                                          'lesson_progress', 'course_completion')),
    kiosk_id    text COLLATE "C" NOT NULL REFERENCES kiosks(id),
    body        jsonb,
    deleted     boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (id, version),
    CHECK (NOT deleted OR body IS NULL)
);
CREATE INDEX records_kind ON records(kind);
CREATE INDEX records_kiosk ON records(kiosk_id);

-- Records sent but not taken: conflicts and rejections, with the reason, for the
-- dashboard. No body: it may hold personal data the head office never accepted.
-- A later applied or duplicate outcome for the same version removes the row.
CREATE TABLE quarantine (
    kiosk_id   text COLLATE "C" NOT NULL REFERENCES kiosks(id),
    id         text COLLATE "C" NOT NULL,      -- as sent, cut to 100 characters
    version    bigint NOT NULL,
    kind       text NOT NULL,                  -- as sent, cut to 40 characters
    outcome    text NOT NULL CHECK (outcome IN ('conflict', 'rejected')),
    reason     text NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    times      bigint NOT NULL DEFAULT 1 CHECK (times >= 1),
    PRIMARY KEY (kiosk_id, id, version)
);

-- Sync with the head office. An outbox row the head office refused (a conflict, or a
-- record it rejects) is set aside with the reason and shown to the operator, and the
-- queue moves on; the operator can put it back. The kiosk's enrolment (URL, the id the
-- head office gave it, its secret) and how the last sync went live in one row.
ALTER TABLE outbox ADD COLUMN quarantined_at TEXT;
ALTER TABLE outbox ADD COLUMN quarantine_reason TEXT
    CHECK (quarantine_reason IS NULL OR length(quarantine_reason) BETWEEN 1 AND 200);

DROP INDEX outbox_unsent;
CREATE INDEX outbox_pending ON outbox(seq) WHERE sent_at IS NULL AND quarantined_at IS NULL;

CREATE TABLE sync_state (
    id              INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    server_url      TEXT,
    kiosk_id        TEXT,               -- as the head office knows this kiosk
    secret          TEXT,               -- never logged, never shown
    enrolled_at     TEXT,
    last_success_at TEXT,               -- the head office last confirmed a batch
    last_error_code TEXT,               -- an error code such as 'sync.offline'
    last_error_at   TEXT,
    next_attempt_at TEXT,
    -- Enrolled means all three, or none.
    CHECK ((server_url IS NULL) = (kiosk_id IS NULL) AND (kiosk_id IS NULL) = (secret IS NULL)),
    CHECK ((last_error_code IS NULL) = (last_error_at IS NULL))
) STRICT;
INSERT INTO sync_state(id) VALUES (1);

-- Photos the head office at `server_url` is known to hold, so that a sync over a bad
-- connection does not ask again for every photo of every batch: what got through
-- stays got through.
CREATE TABLE sent_blobs (
    server_url TEXT NOT NULL,
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    at         TEXT NOT NULL,
    PRIMARY KEY (server_url, sha256)
) STRICT, WITHOUT ROWID;

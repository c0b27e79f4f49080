-- The change log the sync worker drains to the head office. A record and its outbox row
-- are written in one transaction, so every committed change is sent, exactly once per
-- (record_id, version).
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    record_id  TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    body       TEXT NOT NULL,           -- JSON, as the head office will store it
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    sent_at    TEXT,                    -- set from the head office's receipt
    UNIQUE (record_id, version)
) STRICT;
CREATE INDEX outbox_unsent ON outbox(seq) WHERE sent_at IS NULL;

-- Learners on a shared kiosk: a name and a picture, no password.
CREATE TABLE learners (
    id         TEXT PRIMARY KEY NOT NULL,  -- UUIDv7
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    avatar     TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT, WITHOUT ROWID;

-- Progress per learner and lesson. Keyed by course and lesson id, with no reference to
-- course_lessons: a newer version of a course keeps the progress of lessons it still has.
CREATE TABLE lesson_progress (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id  TEXT NOT NULL,
    lesson_id  TEXT NOT NULL,
    read_at    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    best_score INTEGER CHECK (best_score BETWEEN 0 AND 100),
    passed_at  TEXT,
    version    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (learner_id, course_id, lesson_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE quiz_attempts (
    id         TEXT PRIMARY KEY NOT NULL,  -- UUIDv7
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id  TEXT NOT NULL,
    lesson_id  TEXT NOT NULL,
    right      INTEGER NOT NULL CHECK (right >= 0),
    total      INTEGER NOT NULL CHECK (total > 0 AND right <= total),
    answers    TEXT NOT NULL,              -- JSON: the options ticked per question
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Where each learner is in each course, to resume exactly there. Local only.
CREATE TABLE course_places (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id  TEXT NOT NULL,
    lesson_id  TEXT NOT NULL,
    PRIMARY KEY (learner_id, course_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE completions (
    learner_id     TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id      TEXT NOT NULL,
    course_version INTEGER NOT NULL,
    completed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (learner_id, course_id)
) STRICT, WITHOUT ROWID;

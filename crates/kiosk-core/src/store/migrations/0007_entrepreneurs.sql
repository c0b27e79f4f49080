-- Entrepreneurs the operators register, the history of every change to them, and their
-- check-ins over the months. Personal data: erasure (consent withdrawn) clears every
-- personal column and keeps the row as a tombstone, so the CHECKs below allow exactly
-- two shapes: a whole live record, or an erased one with nothing personal left.
-- There is no column for a full Aadhaar number: only its last 4 digits are kept.
CREATE TABLE entrepreneurs (
    id                  TEXT PRIMARY KEY NOT NULL,   -- UUIDv7
    version             INTEGER NOT NULL CHECK (version >= 1),
    full_name           TEXT NOT NULL CHECK (length(full_name) <= 60),
    name_key            TEXT NOT NULL,               -- normalised, for duplicates and search
    gender              TEXT CHECK (gender IN ('female', 'male', 'transgender')),
    birth_date          TEXT CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    age_at_registration INTEGER CHECK (age_at_registration BETWEEN 14 AND 100),
    mobile              TEXT NOT NULL CHECK (mobile = '' OR mobile GLOB '[6-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    village             TEXT NOT NULL CHECK (length(village) <= 60),
    village_key         TEXT NOT NULL,
    state               TEXT,
    district            TEXT,
    caste               TEXT CHECK (caste IN ('general', 'obc', 'sc', 'st', 'ews', 'pvtg')),
    education           TEXT,
    shg_member          INTEGER CHECK (shg_member IN (0, 1)),
    sector              TEXT,
    idea                TEXT NOT NULL CHECK (length(idea) <= 500),
    stage               TEXT CHECK (stage IN ('idea', 'training', 'finance', 'launch', 'growth')),
    bank_account        INTEGER CHECK (bank_account IN (0, 1)),
    aadhaar_last4       TEXT CHECK (aadhaar_last4 GLOB '[0-9][0-9][0-9][0-9]'),
    photo               TEXT CHECK (length(photo) = 64 AND photo NOT GLOB '*[^0-9a-f]*'),
    consent_version     INTEGER NOT NULL CHECK (consent_version >= 1),
    consent_at          TEXT NOT NULL,
    consent_by          TEXT NOT NULL,               -- operator id
    registered_at       TEXT NOT NULL,
    registered_by       TEXT NOT NULL,               -- operator id
    updated_at          TEXT NOT NULL,
    erased_at           TEXT,
    erased_by           TEXT,                        -- operator id (an admin)
    CHECK ((erased_at IS NULL) = (erased_by IS NULL)),
    -- A live record is whole.
    CHECK (erased_at IS NOT NULL OR (
        length(full_name) >= 1 AND name_key <> '' AND gender IS NOT NULL
        AND age_at_registration IS NOT NULL AND mobile <> '' AND length(village) >= 1
        AND state IS NOT NULL AND district IS NOT NULL AND education IS NOT NULL
        AND shg_member IS NOT NULL AND sector IS NOT NULL AND length(idea) >= 1
        AND stage IS NOT NULL AND bank_account IS NOT NULL)),
    -- An erased record keeps nothing about the person.
    CHECK (erased_at IS NULL OR (
        full_name = '' AND name_key = '' AND gender IS NULL AND birth_date IS NULL
        AND age_at_registration IS NULL AND mobile = '' AND village = ''
        AND village_key = '' AND state IS NULL AND district IS NULL AND caste IS NULL
        AND education IS NULL AND shg_member IS NULL AND sector IS NULL AND idea = ''
        AND stage IS NULL AND bank_account IS NULL AND aadhaar_last4 IS NULL
        AND photo IS NULL))
) STRICT;
CREATE INDEX entrepreneurs_by_mobile ON entrepreneurs(mobile) WHERE erased_at IS NULL;
CREATE INDEX entrepreneurs_by_village_name ON entrepreneurs(village_key, name_key)
    WHERE erased_at IS NULL;
CREATE INDEX entrepreneurs_newest ON entrepreneurs(registered_at);

-- Who changed what and when. Field names only, never old values: a history of values
-- would keep what erasure removes.
CREATE TABLE entrepreneur_history (
    entrepreneur_id TEXT NOT NULL REFERENCES entrepreneurs(id),
    version         INTEGER NOT NULL CHECK (version >= 1),
    at              TEXT NOT NULL,
    operator_id     TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('registered', 'edited', 'erased')),
    fields          TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'array'),
    PRIMARY KEY (entrepreneur_id, version)
) STRICT, WITHOUT ROWID;

-- Progress over the months. Loan amounts are what was applied for or sanctioned since
-- the previous check-in; money in whole rupees. Deleted (with a tombstone in the
-- outbox) when the entrepreneur's record is erased.
CREATE TABLE check_ins (
    id                     TEXT PRIMARY KEY NOT NULL,  -- UUIDv7
    entrepreneur_id        TEXT NOT NULL REFERENCES entrepreneurs(id),
    version                INTEGER NOT NULL CHECK (version >= 1),
    date                   TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    stage                  TEXT NOT NULL CHECK (stage IN ('idea', 'training', 'finance', 'launch', 'growth')),
    note                   TEXT NOT NULL CHECK (length(note) <= 1000),
    training_done          INTEGER NOT NULL CHECK (training_done IN (0, 1)),
    loan_applied_amount    INTEGER CHECK (loan_applied_amount BETWEEN 0 AND 10000000),
    loan_sanctioned_amount INTEGER CHECK (loan_sanctioned_amount BETWEEN 0 AND 10000000),
    loan_source            TEXT,
    monthly_revenue        INTEGER CHECK (monthly_revenue BETWEEN 0 AND 10000000),
    people_employed        INTEGER NOT NULL CHECK (people_employed BETWEEN 0 AND 1000),
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL               -- operator id
) STRICT;
CREATE INDEX check_ins_by_entrepreneur ON check_ins(entrepreneur_id, date);

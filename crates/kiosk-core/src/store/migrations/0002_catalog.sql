-- The scheme catalog shipped in assets/catalog/, loaded on first start and whenever the
-- shipped catalog version changes. Never holds user data: it is replaced wholesale.
CREATE TABLE schemes (
    id            TEXT PRIMARY KEY NOT NULL,  -- myScheme slug
    name_en       TEXT NOT NULL,
    name_hi       TEXT,
    short_title   TEXT,
    brief_en      TEXT,
    brief_hi      TEXT,
    level         TEXT NOT NULL CHECK (level IN ('central', 'state')),
    ministry      TEXT,
    close_date    TEXT,
    source_url    TEXT NOT NULL,
    last_verified TEXT NOT NULL,
    record        TEXT NOT NULL CHECK (json_valid(record))  -- the whole catalog line
) STRICT;

CREATE TABLE scheme_states (
    scheme_id TEXT NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
    state     TEXT NOT NULL,
    PRIMARY KEY (scheme_id, state)
) STRICT, WITHOUT ROWID;
CREATE INDEX scheme_states_by_state ON scheme_states(state);

CREATE TABLE scheme_categories (
    scheme_id TEXT NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
    category  TEXT NOT NULL,
    PRIMARY KEY (scheme_id, category)
) STRICT, WITHOUT ROWID;
CREATE INDEX scheme_categories_by_category ON scheme_categories(category);

-- Search index over the catalog. Rows hold pre-normalised words (see catalog/normalize.rs):
-- stems and phonetic keys of the English and Hindi text. The tokenizer keeps Devanagari
-- vowel signs and virama (category M*) inside words.
CREATE VIRTUAL TABLE scheme_search USING fts5(
    id UNINDEXED,
    name,
    short_title,
    tags,
    body,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
-- Every distinct indexed word, for typo tolerance.
CREATE VIRTUAL TABLE scheme_search_vocab USING fts5vocab(scheme_search, 'row');

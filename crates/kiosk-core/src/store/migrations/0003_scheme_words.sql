-- Every distinct word of the search index with its length in characters, for typo
-- tolerance. Reading fts5vocab walks the whole index on every search; this plain table,
-- filled once when the catalog is loaded, answers "words of about this length" from an
-- index.
CREATE TABLE scheme_words (
    term  TEXT PRIMARY KEY NOT NULL,
    chars INTEGER NOT NULL CHECK (chars > 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX scheme_words_by_length ON scheme_words(chars, term);

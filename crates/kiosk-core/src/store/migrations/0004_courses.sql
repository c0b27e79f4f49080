-- Courses on the kiosk: the shipped packs and any imported from a USB stick. A newer
-- version of a course replaces its lessons and images in one transaction; learners'
-- progress lives in its own tables, keyed by course and lesson id, and is not touched.
CREATE TABLE courses (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
    version      INTEGER NOT NULL CHECK (version >= 0),
    manifest     TEXT NOT NULL,  -- course.toml as JSON (courses::model::Manifest)
    installed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT, WITHOUT ROWID;

CREATE TABLE course_lessons (
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    position  INTEGER NOT NULL,
    body_hi   TEXT NOT NULL,     -- Markdown
    body_en   TEXT NOT NULL,
    quiz      TEXT NOT NULL,     -- courses::model::Quiz as JSON
    PRIMARY KEY (course_id, lesson_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE course_images (
    course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    path      TEXT NOT NULL,     -- as the lessons name it: images/market.svg
    mime      TEXT NOT NULL,
    bytes     BLOB NOT NULL,
    PRIMARY KEY (course_id, path)
) STRICT, WITHOUT ROWID;

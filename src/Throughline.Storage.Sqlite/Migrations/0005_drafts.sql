-- Schema 5. Drafts: claims proposed from a new article, kept for review beside the graph and never part of it (no
-- table of the graph refers to them, and they refer to nothing, so the graph's migrations and this table compose).
-- A draft is read and written whole, as one JSON document; revision moves with every write so that two reviewers
-- cannot both act on the same state.

CREATE TABLE drafts (
    id         TEXT NOT NULL PRIMARY KEY,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    created_at TEXT NOT NULL,
    document   TEXT NOT NULL
) WITHOUT ROWID;

-- Schema 2. The store's version and its change log, written in the same transaction as the data they describe, so
-- another process (an API serving this file) can notice a commit and apply just what changed. A file migrated from
-- schema 1 starts at version 0 with its data as it is.

CREATE TABLE store_version (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    -- bumped by each committed write that changed a record
    version  INTEGER NOT NULL,
    -- the log holds every change after this version; a reader at an older version reads everything again
    log_from INTEGER NOT NULL
);

INSERT INTO store_version (id, version, log_from) VALUES (1, 0, 0);

-- kind: 0 article, 1 entity, 2 relation. The record itself is read from its table: the log says only what changed.
CREATE TABLE change_log (
    version INTEGER NOT NULL,
    kind    INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
    id      TEXT NOT NULL,
    PRIMARY KEY (version, kind, id)
) WITHOUT ROWID;

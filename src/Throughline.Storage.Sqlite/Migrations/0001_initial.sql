-- Schema 1. Enum columns hold the Core enum values (EntityKind, RelationType, RelationStatus) as integers.
-- Lists (aliases, authors, cites) and a relation's evidence are JSON; the evidence table indexes evidence by article.

CREATE TABLE articles (
    id          TEXT NOT NULL PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT,
    authors     TEXT NOT NULL,
    url         TEXT,
    published   TEXT,
    republishes TEXT,
    cites       TEXT NOT NULL,
    text        TEXT
);

CREATE TABLE entities (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind        INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 6),
    aliases     TEXT NOT NULL,
    country     TEXT,
    description TEXT,
    -- deferred: a batch may name a larger place before defining it
    located_in  TEXT REFERENCES entities (id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;

CREATE INDEX entities_by_name ON entities (name_folded);

-- Every name and alias of an entity, case-folded, for search. Ordinal 0 is the name.
CREATE TABLE entity_names (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    folded    TEXT NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX entity_names_by_folded ON entity_names (folded);

CREATE TABLE relations (
    id              TEXT NOT NULL PRIMARY KEY,
    type            INTEGER NOT NULL CHECK (type BETWEEN 0 AND 14),
    from_id         TEXT NOT NULL REFERENCES entities (id),
    to_id           TEXT NOT NULL REFERENCES entities (id),
    status          INTEGER NOT NULL CHECK (status BETWEEN 0 AND 4),
    confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    valid_from      TEXT,
    valid_to        TEXT,
    stake_percent   REAL CHECK (stake_percent BETWEEN 0 AND 100),
    amount_value    TEXT,
    amount_currency TEXT,
    product         TEXT,
    note            TEXT,
    evidence        TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX relations_from ON relations (from_id, id);
CREATE INDEX relations_to ON relations (to_id, id);

CREATE TABLE evidence (
    relation_id TEXT NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (relation_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX evidence_by_article ON evidence (article_id, relation_id);

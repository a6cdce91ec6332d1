-- Schema 3 (evidence model 2). The Event entity kind (7) and six relation types (15..20) need wider CHECK ranges, which
-- SQLite can only change by rebuilding the table: new table, copy, drop, rename (the Migrator runs every migration with
-- foreign-key enforcement off and checks the keys before committing). New columns: entities.unnamed; relations.role,
-- channel, reason, the amount's qualifier, period and alternative, and a quantity. Rows from schema 2 keep their values
-- and get the defaults (named, no role, EXACT amounts). Evidence stance, speaker, attribution, origin and observation
-- date ride in the evidence JSON as optional trailing array items, so schema 2 evidence reads as before.

CREATE TABLE entities_3 (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind        INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 7),
    aliases     TEXT NOT NULL,
    country     TEXT,
    description TEXT,
    located_in  TEXT REFERENCES entities (id) DEFERRABLE INITIALLY DEFERRED,
    unnamed     INTEGER NOT NULL DEFAULT 0 CHECK (unnamed IN (0, 1))
) WITHOUT ROWID;

INSERT INTO entities_3 (id, name, name_folded, kind, aliases, country, description, located_in)
SELECT id, name, name_folded, kind, aliases, country, description, located_in FROM entities;

DROP TABLE entities;
ALTER TABLE entities_3 RENAME TO entities;
CREATE INDEX entities_by_name ON entities (name_folded);

CREATE TABLE relations_3 (
    id                   TEXT NOT NULL PRIMARY KEY,
    type                 INTEGER NOT NULL CHECK (type BETWEEN 0 AND 20),
    from_id              TEXT NOT NULL REFERENCES entities (id),
    to_id                TEXT NOT NULL REFERENCES entities (id),
    status               INTEGER NOT NULL CHECK (status BETWEEN 0 AND 4),
    confidence           REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    valid_from           TEXT,
    valid_to             TEXT,
    stake_percent        REAL CHECK (stake_percent BETWEEN 0 AND 100),
    amount_value         TEXT,
    amount_currency      TEXT,
    product              TEXT,
    note                 TEXT,
    evidence             TEXT NOT NULL,
    amount_qualifier     INTEGER CHECK (amount_qualifier BETWEEN 0 AND 3),
    amount_period        TEXT,
    amount_alt_value     TEXT,
    amount_alt_currency  TEXT,
    quantity_value       TEXT,
    quantity_unit        TEXT,
    quantity_qualifier   INTEGER CHECK (quantity_qualifier BETWEEN 0 AND 3),
    channel              INTEGER CHECK (channel BETWEEN 0 AND 2),
    role                 TEXT,
    reason               TEXT
) WITHOUT ROWID;

INSERT INTO relations_3 (id, type, from_id, to_id, status, confidence, valid_from, valid_to, stake_percent, amount_value,
                         amount_currency, product, note, evidence, amount_qualifier)
SELECT id, type, from_id, to_id, status, confidence, valid_from, valid_to, stake_percent, amount_value,
       amount_currency, product, note, evidence, CASE WHEN amount_value IS NULL THEN NULL ELSE 0 END
FROM relations;

DROP TABLE relations;
ALTER TABLE relations_3 RENAME TO relations;
CREATE INDEX relations_from ON relations (from_id, id);
CREATE INDEX relations_to ON relations (to_id, id);

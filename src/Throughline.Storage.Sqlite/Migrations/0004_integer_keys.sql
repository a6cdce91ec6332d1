-- Schema 4 (integer keys). Every entity gets an integer key, and a relation names its ends by those keys instead of
-- repeating the entities' text ids: the relations' endpoint indexes shrink to (integer, id), an import resolves each end
-- once in memory rather than by a text-keyed foreign-key probe per row, and the path index is built from keys without a
-- string lookup per end. A relation also records its independent-source count and whether any evidence contests it,
-- computed from its evidence when it is written, so the path index need not parse every relation's evidence JSON at
-- start-up; rows carried over from schema 3 have NULL there and are read the old way until they are next written.
-- Entity ids stay UNIQUE, so every reference to entities (id) (located_in, entity_names, other tables) is still valid.
-- Like 0003: new tables, copy, drop, rename, in the one transaction the Migrator gives each script (a failure leaves
-- the schema-3 file as it was), with foreign keys checked before commit.

CREATE TABLE entities_4 (
    key         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind        INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 7),
    aliases     TEXT NOT NULL,
    country     TEXT,
    description TEXT,
    located_in  TEXT REFERENCES entities (id) DEFERRABLE INITIALLY DEFERRED,
    unnamed     INTEGER NOT NULL DEFAULT 0 CHECK (unnamed IN (0, 1))
);

-- In id order, so keys follow ids (as a bulk import assigns them) and reads in id order walk the table forwards.
INSERT INTO entities_4 (id, name, name_folded, kind, aliases, country, description, located_in, unnamed)
SELECT id, name, name_folded, kind, aliases, country, description, located_in, unnamed FROM entities ORDER BY id;

CREATE TABLE relations_4 (
    id                   TEXT NOT NULL PRIMARY KEY,
    type                 INTEGER NOT NULL CHECK (type BETWEEN 0 AND 20),
    from_key             INTEGER NOT NULL REFERENCES entities (key),
    to_key               INTEGER NOT NULL REFERENCES entities (key),
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
    reason               TEXT,
    sources              INTEGER CHECK (sources >= 0),
    contested            INTEGER CHECK (contested IN (0, 1))
) WITHOUT ROWID;

-- An inner join would silently drop a relation whose end is missing; schema 3 enforced the keys, and the Migrator's
-- foreign_key_check before commit would catch the NULL key this LEFT JOIN leaves (NOT NULL fails the insert first).
INSERT INTO relations_4 (id, type, from_key, to_key, status, confidence, valid_from, valid_to, stake_percent, amount_value,
                         amount_currency, product, note, evidence, amount_qualifier, amount_period, amount_alt_value,
                         amount_alt_currency, quantity_value, quantity_unit, quantity_qualifier, channel, role, reason)
SELECT r.id, r.type, f.key, t.key, r.status, r.confidence, r.valid_from, r.valid_to, r.stake_percent, r.amount_value,
       r.amount_currency, r.product, r.note, r.evidence, r.amount_qualifier, r.amount_period, r.amount_alt_value,
       r.amount_alt_currency, r.quantity_value, r.quantity_unit, r.quantity_qualifier, r.channel, r.role, r.reason
FROM relations r
LEFT JOIN entities_4 f ON f.id = r.from_id
LEFT JOIN entities_4 t ON t.id = r.to_id;

DROP TABLE relations;
DROP TABLE entities;
ALTER TABLE entities_4 RENAME TO entities;
ALTER TABLE relations_4 RENAME TO relations;
CREATE INDEX entities_by_name ON entities (name_folded);
CREATE INDEX relations_from ON relations (from_key, id);
CREATE INDEX relations_to ON relations (to_key, id);

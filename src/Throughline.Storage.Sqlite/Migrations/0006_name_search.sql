-- Schema 6. A trigram index over every entity's case-folded names, so that a text search of three or more characters
-- reads the entities that contain the text's trigrams instead of scanning every name (at a million entities the scan
-- takes over a second per search). One row per entity, keyed by its integer key, holding its folded names joined by
-- newlines: a match found only across two names is a false candidate, and the search drops it by checking each name.
-- Shorter texts cannot use a trigram index and still scan entity_names.

CREATE VIRTUAL TABLE entity_names_fts USING fts5(names, tokenize = 'trigram');

INSERT INTO entity_names_fts (rowid, names)
SELECT e.key, (SELECT group_concat(n.folded, char(10)) FROM entity_names n WHERE n.entity_id = e.id)
FROM entities e;

// Upserts articles by id. $rows: [{id, hash, props}] where props holds every stored property (id and hash included),
// so SET replaces the article wholly. The outcome compares content hashes computed by the store.
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
WITH row, CASE WHEN old IS NULL THEN 'inserted' WHEN old.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (a:Article {id: row.id})
SET a = row.props
RETURN outcome, count(*) AS n

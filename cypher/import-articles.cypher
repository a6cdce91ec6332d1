// Upserts articles by id. $rows: [{id, hash, props}] where props holds every stored property (id and hash included),
// so SET replaces the article wholly. The outcome compares content hashes computed by the store. $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
WITH row, CASE WHEN old IS NULL THEN 'inserted' WHEN old.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (a:Article {id: row.id})
SET a = row.props
WITH outcome, collect(row.id) AS ids
// The change feed: the ids this statement inserted or updated, under the transaction's $tx until bump-version numbers them.
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | CREATE (:Change {tx: $tx, kind: 'article', ids: ids}))
RETURN outcome, size(ids) AS n

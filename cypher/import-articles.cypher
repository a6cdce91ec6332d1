// Upserts articles by id. $rows: [{id, hash, props}] where props holds every stored property (id and hash included),
// so SET replaces the article wholly. The outcome compares content hashes computed by the store. $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
// MERGE first, not OPTIONAL MATCH then MERGE: 3.1 plans a MERGE on a uniqueness constraint as a locking index seek,
// whereas it planned the OPTIONAL MATCH by id, with stale index statistics (an index sampled while nearly empty), as a
// scan of the whole index per row, which made a 10k-relation import run for many minutes. A node MERGE just created
// has no hash (every stored one has), which is how the outcome tells an insert.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH row, a, CASE WHEN a.hash IS NULL THEN 'inserted' WHEN a.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
SET a = row.props
WITH outcome, collect(row.id) AS ids
// The change feed: the ids this statement inserted or updated, under the transaction's $tx until bump-version numbers them.
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | CREATE (:Change {tx: $tx, kind: 'article', ids: ids}))
RETURN outcome, size(ids) AS n

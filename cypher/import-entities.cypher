// Upserts entities by id: the common :Entity label plus exactly one kind label (a changed kind moves the label).
// $rows: [{id, hash, kind, props}]; props holds every stored property. $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
// MERGE first, not OPTIONAL MATCH then MERGE: 3.1 plans a MERGE on a uniqueness constraint as a locking index seek,
// whereas it planned the OPTIONAL MATCH by id, with stale index statistics (an index sampled while nearly empty), as a
// scan of the whole index per row, which made a 10k-relation import run for many minutes. A node MERGE just created
// has no hash (every stored one has), which is how the outcome tells an insert.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH row, n, CASE WHEN n.hash IS NULL THEN 'inserted' WHEN n.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
SET n = row.props
REMOVE n:Organization:Person:GovernmentBody:Place:Project:Product:SanctionsList:Event
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'GovernmentBody' THEN [1] ELSE [] END | SET n:GovernmentBody)
FOREACH (_ IN CASE WHEN row.kind = 'Place' THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN row.kind = 'Project' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN row.kind = 'Product' THEN [1] ELSE [] END | SET n:Product)
FOREACH (_ IN CASE WHEN row.kind = 'SanctionsList' THEN [1] ELSE [] END | SET n:SanctionsList)
FOREACH (_ IN CASE WHEN row.kind = 'Event' THEN [1] ELSE [] END | SET n:Event)
WITH outcome, collect(row.id) AS ids
// The change feed: the ids this statement inserted or updated, under the transaction's $tx until bump-version numbers them.
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | CREATE (:Change {tx: $tx, kind: 'entity', ids: ids}))
RETURN outcome, size(ids) AS n

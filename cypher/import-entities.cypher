// Upserts entities by id: the common :Entity label plus exactly one kind label (a changed kind moves the label).
// $rows: [{id, hash, kind, props}]; props holds every stored property. $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, CASE WHEN old IS NULL THEN 'inserted' WHEN old.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (n:Entity {id: row.id})
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

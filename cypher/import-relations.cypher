// Upserts relations by id as typed relationships (type = wire name) between :Entity nodes, plus each relation's
// :Claim node (endpoint ids, type, content hash, evidence). A changed relation is deleted and re-created, because
// a relationship's type and ends cannot be altered in place. A relationship type cannot be a parameter, so each type
// has its own CREATE, chosen by comparing the row's type with a literal.
// $rows: [{id, hash, type, from, to, props, claim}]; both endpoints exist (the store checks before writing). $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
UNWIND $rows AS row
OPTIONAL MATCH (c:Claim {id: row.id})
WITH row, c, CASE WHEN c IS NULL THEN 'inserted' WHEN c.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
OPTIONAL MATCH (:Entity {id: c.from})-[old]->(:Entity {id: c.to})
WHERE outcome = 'updated' AND old.id = row.id
DELETE old
WITH DISTINCT row, outcome
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'OWNS' THEN [1] ELSE [] END | CREATE (a)-[r:OWNS]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'PARENT_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PARENT_OF]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'INVESTED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:INVESTED_IN]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'SUPPLIES' THEN [1] ELSE [] END | CREATE (a)-[r:SUPPLIES]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'MANUFACTURES' THEN [1] ELSE [] END | CREATE (a)-[r:MANUFACTURES]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'CONTRACTOR_FOR' THEN [1] ELSE [] END | CREATE (a)-[r:CONTRACTOR_FOR]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'COMMISSIONED' THEN [1] ELSE [] END | CREATE (a)-[r:COMMISSIONED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'OPERATES_IN' THEN [1] ELSE [] END | CREATE (a)-[r:OPERATES_IN]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'DEPLOYED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:DEPLOYED_IN]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:LOCATED_IN]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'PARTNERED_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:PARTNERED_WITH]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'SPONSORED' THEN [1] ELSE [] END | CREATE (a)-[r:SPONSORED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'RESEARCH_COLLABORATION' THEN [1] ELSE [] END | CREATE (a)-[r:RESEARCH_COLLABORATION]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'LISTED_ON' THEN [1] ELSE [] END | CREATE (a)-[r:LISTED_ON]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'AFFILIATED_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:AFFILIATED_WITH]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:PARTICIPATED_IN]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'ORGANIZED' THEN [1] ELSE [] END | CREATE (a)-[r:ORGANIZED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'RECOGNIZED' THEN [1] ELSE [] END | CREATE (a)-[r:RECOGNIZED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'BACKS' THEN [1] ELSE [] END | CREATE (a)-[r:BACKS]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PART_OF]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN outcome <> 'unchanged' AND row.type = 'ADMINISTERS' THEN [1] ELSE [] END | CREATE (a)-[r:ADMINISTERS]->(b) SET r = row.props)
MERGE (claim:Claim {id: row.id})
SET claim = row.claim
WITH outcome, collect(row.id) AS ids
// The change feed: the ids this statement inserted or updated, under the transaction's $tx until bump-version numbers them.
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | CREATE (:Change {tx: $tx, kind: 'relation', ids: ids}))
RETURN outcome, size(ids) AS n

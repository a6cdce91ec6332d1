// Upserts relations by id as typed relationships (type = wire name) between :Entity nodes, plus each relation's
// :Claim node (endpoint ids, type, content hash, evidence). A changed relation is deleted and re-created, because
// a relationship's type and ends cannot be altered in place. A relationship type cannot be a parameter, so each type
// has its own CREATE, chosen by comparing the row's type with a literal.
// $rows: [{id, hash, type, from, to, props, claim, articles}]; both endpoints and every article in `articles` (the
// distinct ones the evidence quotes) exist (the store checks before writing). $tx: the writing transaction's
// (or journaled import's) id, which its change-feed entries carry until bump-version publishes them.
// MERGE first, not OPTIONAL MATCH then MERGE: 3.1 plans a MERGE on a uniqueness constraint as a locking index seek,
// whereas it planned the OPTIONAL MATCH by id, with stale index statistics (an index sampled while nearly empty), as a
// scan of the whole index per row, which made a 10k-relation import run for many minutes. A node MERGE just created
// has no hash (every stored one has), which is how the outcome tells an insert.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
WITH row, c, CASE WHEN c.hash IS NULL THEN 'inserted' WHEN c.hash = row.hash THEN 'unchanged' ELSE 'updated' END AS outcome
// The old relationship of an updated relation, found as get-relations finds one (both ends by seek, then Expand(Into)
// behind a LIMIT planning horizon): expanding the source's relationships instead reads all of a hub's per row.
// The ends (an updated relation's old ones, else the row's: a harmless lookup) by MERGE although they exist (the
// store checked them before writing): a MATCH or OPTIONAL MATCH by id in a write 3.1 planned as an index scan per row.
MERGE (oa:Entity {id: coalesce(c.from, row.from)})
MERGE (ob:Entity {id: coalesce(c.to, row.to)})
WITH row, c, outcome, oa, ob LIMIT 1000000000
OPTIONAL MATCH (oa)-[old]->(ob)
WHERE outcome = 'updated' AND old.id = row.id
DELETE old
WITH DISTINCT row, c, outcome
MERGE (a:Entity {id: row.from})
MERGE (b:Entity {id: row.to})
// One FOREACH around the per-type CREATEs, not 21 in a row: 3.1 puts an Eager (every row of the chunk materialized)
// before each update clause that follows a read it might affect, which made 31 Eagers in this statement (now 11,
// EXPLAIN) and cost about a third of its JVM CPU.
FOREACH (changed IN CASE WHEN outcome <> 'unchanged' THEN [1] ELSE [] END |
  FOREACH (_ IN CASE WHEN row.type = 'OWNS' THEN [1] ELSE [] END | CREATE (a)-[r:OWNS]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'PARENT_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PARENT_OF]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'INVESTED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:INVESTED_IN]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'SUPPLIES' THEN [1] ELSE [] END | CREATE (a)-[r:SUPPLIES]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'MANUFACTURES' THEN [1] ELSE [] END | CREATE (a)-[r:MANUFACTURES]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'CONTRACTOR_FOR' THEN [1] ELSE [] END | CREATE (a)-[r:CONTRACTOR_FOR]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'COMMISSIONED' THEN [1] ELSE [] END | CREATE (a)-[r:COMMISSIONED]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'OPERATES_IN' THEN [1] ELSE [] END | CREATE (a)-[r:OPERATES_IN]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:DEPLOYED_IN]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:LOCATED_IN]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'PARTNERED_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:PARTNERED_WITH]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'SPONSORED' THEN [1] ELSE [] END | CREATE (a)-[r:SPONSORED]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'RESEARCH_COLLABORATION' THEN [1] ELSE [] END | CREATE (a)-[r:RESEARCH_COLLABORATION]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'LISTED_ON' THEN [1] ELSE [] END | CREATE (a)-[r:LISTED_ON]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'AFFILIATED_WITH' THEN [1] ELSE [] END | CREATE (a)-[r:AFFILIATED_WITH]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END | CREATE (a)-[r:PARTICIPATED_IN]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'ORGANIZED' THEN [1] ELSE [] END | CREATE (a)-[r:ORGANIZED]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'RECOGNIZED' THEN [1] ELSE [] END | CREATE (a)-[r:RECOGNIZED]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'BACKS' THEN [1] ELSE [] END | CREATE (a)-[r:BACKS]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (a)-[r:PART_OF]->(b) SET r = row.props)
  FOREACH (_ IN CASE WHEN row.type = 'ADMINISTERS' THEN [1] ELSE [] END | CREATE (a)-[r:ADMINISTERS]->(b) SET r = row.props)
)
SET c = row.claim
// (:Claim)-[:CITES]->(:Article) per article quoted, here rather than in a statement of its own, which looked every
// claim up again. An updated claim's old links go first (a new claim has none), through a pattern comprehension so
// rows neither fan out nor need a DISTINCT over them again; the articles by MERGE (see above).
FOREACH (x IN CASE WHEN outcome = 'updated' THEN [(c)-[cites:CITES]->() | cites] ELSE [] END | DELETE x)
FOREACH (articleId IN CASE WHEN outcome = 'unchanged' THEN [] ELSE coalesce(row.articles, []) END | MERGE (article:Article {id: articleId}) CREATE (c)-[:CITES]->(article))
WITH outcome, collect(row.id) AS ids
// The change feed: the ids this statement inserted or updated, under the transaction's $tx until bump-version numbers them.
FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | CREATE (:Change {tx: $tx, kind: 'relation', ids: ids}))
RETURN outcome, size(ids) AS n

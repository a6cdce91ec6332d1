// Which of $ids name a stored entity: checked before a write so a batch that refers to unknown entities is rejected
// whole, with the offending ids named (the store names the ids not returned), instead of silently skipping
// relationships. MATCH by id, as get-entities reads: the OPTIONAL MATCH … WHERE n IS NULL form this replaced is the one
// 3.1 planned, with stale index statistics, as a scan of the whole index per id (cypher/README.md, "Planner").
UNWIND $ids AS id
WITH DISTINCT id
MATCH (n:Entity {id: id})
RETURN n.id AS id

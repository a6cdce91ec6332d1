// Gazetteer nesting: (:Place)-[:WITHIN]->(:Place) from each entity's locatedIn (a geographic fact, not a claim).
// Runs after import-entities so a parent in the same batch exists. $rows: [{id, locatedIn}].
// The ids are looked up by MERGE although every one exists (the store checked them before writing): see
// cypher/README.md, "Planner" (3.1 planned a MATCH by id in a write as a scan of the whole index per row).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row
OPTIONAL MATCH (n)-[w:WITHIN]->()
DELETE w
WITH DISTINCT n, row
WHERE row.locatedIn IS NOT NULL
MERGE (p:Entity {id: row.locatedIn})
CREATE (n)-[:WITHIN]->(p)

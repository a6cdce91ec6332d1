// Gazetteer nesting: (:Place)-[:WITHIN]->(:Place) from each entity's locatedIn (a geographic fact, not a claim).
// Runs after import-entities so a parent in the same batch exists. $rows: [{id, locatedIn}].
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
OPTIONAL MATCH (n)-[w:WITHIN]->()
DELETE w
WITH DISTINCT n, row
MATCH (p:Entity {id: row.locatedIn})
CREATE (n)-[:WITHIN]->(p)

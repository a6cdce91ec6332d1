// Selector ids (and place ids of locatedIn) that exist, with their kinds; the store reports the others as NOT_FOUND.
// One unique-index seek per id (UNWIND: Neo4j 3.1 plans `WHERE n.id IN $ids` as a label scan).
UNWIND $ids AS id
WITH DISTINCT id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind

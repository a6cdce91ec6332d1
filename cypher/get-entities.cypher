// Entities by id, one unique-index seek per id (UNWIND: Neo4j 3.1 plans `WHERE n.id IN $ids` as a label scan).
UNWIND $ids AS id
WITH DISTINCT id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .kind, .aliases, .country, .description, .locatedIn, .unnamed} AS entity

// Entities by id.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.id, .name, .kind, .aliases, .country, .description, .locatedIn, .unnamed} AS entity

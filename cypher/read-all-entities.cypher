// Every entity (with read-all-articles and read-all-relations, in one transaction: a consistent snapshot).
MATCH (n:Entity)
RETURN n {.id, .name, .kind, .aliases, .country, .description, .locatedIn, .unnamed} AS entity
ORDER BY n.id

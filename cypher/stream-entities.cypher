// One page of entities after $after in id order (keyset paging over the :Entity(id) index), for streamed exports.
MATCH (n:Entity)
WHERE n.id > $after
RETURN n {.id, .name, .kind, .aliases, .country, .description, .locatedIn, .unnamed} AS entity, n.id AS key
ORDER BY n.id
LIMIT $limit

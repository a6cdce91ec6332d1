// Selector ids (and place ids of locatedIn) that exist, with their kinds; the store reports the others as NOT_FOUND.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind

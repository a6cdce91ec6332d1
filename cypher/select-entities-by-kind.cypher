// Entities of the given kinds (a selector with kinds only).
MATCH (n:Entity)
WHERE n.kind IN $kinds
RETURN n.id AS id, n.kind AS kind

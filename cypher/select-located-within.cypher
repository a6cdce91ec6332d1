// Everything strictly inside the places $places (ids): gazetteer descendants (WITHIN), whatever is LOCATED_IN them, and
// organisations that OPERATES_IN them, transitively. Denied and retracted claims place nothing; no other filter applies.
MATCH (p:Entity)
WHERE p.id IN $places
MATCH (x:Entity)-[links:WITHIN|LOCATED_IN|OPERATES_IN*1..]->(p)
WHERE ALL(l IN links WHERE type(l) = 'WITHIN' OR NOT l.status IN ['Denied', 'Retracted'])
RETURN DISTINCT x.id AS id, x.kind AS kind

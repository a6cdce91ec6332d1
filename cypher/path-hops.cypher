// The qualifying relations of path hops. $pairs: [[from, to]] in each relation's canonical direction (the store asks
// for both orientations of a hop when the traversal direction is ANY).
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})
MATCH (b:Entity {id: pair[1]})
WITH a, b LIMIT 1000000000
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
      AND coalesce(r.validFromDay, -2147483648) <= $asOfLastDay
      AND coalesce(r.validToDay, 2147483647) >= $asOfFirstDay
      AND r.confidence >= $minConfidence
      AND coalesce(r.sources, 0) >= $minIndependentSources
      AND ($includeDenied OR NOT r.status IN ['Denied', 'Retracted'])
RETURN a.id AS from, b.id AS to, r.id AS id, r.confidence AS confidence, r.status AS status, coalesce(r.contested, false) AS contested

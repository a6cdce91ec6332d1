// The qualifying relations traversable in $direction from an entity nearer than the depth ($inner) to a kept one ($kept).
UNWIND $inner AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE b.id IN $kept
  AND (type(r) IN $types
      AND coalesce(r.validFromDay, -2147483648) <= $asOfLastDay
      AND coalesce(r.validToDay, 2147483647) >= $asOfFirstDay
      AND r.confidence >= $minConfidence
      AND coalesce(r.sources, 0) >= $minIndependentSources
      AND ($includeDenied OR NOT r.status IN ['Denied', 'Retracted']))
  AND ($direction = 'ANY' OR ($direction = 'OUTGOING' AND startNode(r) = a) OR ($direction = 'INCOMING' AND endNode(r) = a))
RETURN DISTINCT r.id AS id

// One breadth-first level of a neighbourhood: the entities one qualifying hop from $ids in $direction.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE (type(r) IN $types
      AND coalesce(r.validFromDay, -2147483648) <= $asOfLastDay
      AND coalesce(r.validToDay, 2147483647) >= $asOfFirstDay
      AND r.confidence >= $minConfidence
      AND coalesce(r.sources, 0) >= $minIndependentSources
      AND ($includeDenied OR NOT r.status IN ['Denied', 'Retracted']))
  AND ($direction = 'ANY' OR ($direction = 'OUTGOING' AND startNode(r) = a) OR ($direction = 'INCOMING' AND endNode(r) = a))
RETURN DISTINCT b.id AS id

// Candidate shortest paths, direction ANY: for each source-target pair, every shortest path over qualifying
// relations (the store keeps those of the fewest hops over all pairs, at most $maxHops). Shortest paths are simple.
// The pattern names no relationship type, because typed allShortestPaths fails on 3.1 under Java 17; type(r) filters.
MATCH (s:Entity)
WHERE s.id IN $from
MATCH (t:Entity)
WHERE t.id IN $to AND t <> s
MATCH p = allShortestPaths((s)-[*..6]-(t))
WHERE ALL(r IN relationships(p) WHERE type(r) IN $types
      AND coalesce(r.validFromDay, -2147483648) <= $asOfLastDay
      AND coalesce(r.validToDay, 2147483647) >= $asOfFirstDay
      AND r.confidence >= $minConfidence
      AND coalesce(r.sources, 0) >= $minIndependentSources
      AND ($includeDenied OR NOT r.status IN ['Denied', 'Retracted']))
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
LIMIT $rowLimit

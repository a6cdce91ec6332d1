// Candidate entity sequences for allPaths, direction OUTGOING: simple paths (distinct entities) of 1..$maxHops hops
// from a source to a target over qualifying relations. Cypher enumerates relationship sequences, so parallel relations
// repeat a sequence: DISTINCT folds them, and the store groups each hop's relations afterwards. The bound 6 is
// PathLimits' hop cap (a variable-length bound cannot be a parameter); $maxHops filters below it. LIMIT bounds the work.
MATCH (s:Entity)
WHERE s.id IN $from
MATCH p = (s)-[:OWNS|PARENT_OF|INVESTED_IN|SUPPLIES|MANUFACTURES|CONTRACTOR_FOR|COMMISSIONED|OPERATES_IN|DEPLOYED_IN|LOCATED_IN|PARTNERED_WITH|SPONSORED|RESEARCH_COLLABORATION|LISTED_ON|AFFILIATED_WITH|PARTICIPATED_IN|ORGANIZED|RECOGNIZED|BACKS|PART_OF|ADMINISTERS*1..6]->(t:Entity)
WHERE t.id IN $to
  AND length(p) <= $maxHops
  AND ALL(r IN relationships(p) WHERE type(r) IN $types
      AND coalesce(r.validFromDay, -2147483648) <= $asOfLastDay
      AND coalesce(r.validToDay, 2147483647) >= $asOfFirstDay
      AND r.confidence >= $minConfidence
      AND coalesce(r.sources, 0) >= $minIndependentSources
      AND ($includeDenied OR NOT r.status IN ['Denied', 'Retracted']))
  AND ALL(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
RETURN DISTINCT [n IN nodes(p) | n.id] AS ids
LIMIT $rowLimit

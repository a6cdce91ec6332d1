// Relations touching each entity of $ids, per entity ordered by relation id and cut to $limit (collect after ORDER BY
// keeps the order; the slice is the per-entity limit, as 3.1 has no CALL subqueries). $direction: OUTGOING (the entity
// is the source), INCOMING or ANY. $types: wire names; the store passes every type when the caller gives none, which
// also keeps WITHIN out. DISTINCT folds repeated ids and a relation from an entity to itself, met from both ends.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(:Entity)
WHERE type(r) IN $types
  AND ($direction = 'ANY' OR ($direction = 'OUTGOING' AND startNode(r) = e) OR ($direction = 'INCOMING' AND endNode(r) = e))
WITH DISTINCT e.id AS entity, r
ORDER BY entity, r.id
WITH entity, collect(r)[..$limit] AS relations
UNWIND relations AS r
MATCH (c:Claim {id: r.id})
RETURN entity, r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} AS relation
ORDER BY entity, r.id

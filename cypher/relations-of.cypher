// Relations touching an entity, ordered by relation id. $direction: OUTGOING (the entity is the source), INCOMING or ANY.
// $types: wire names; the store passes every type when the caller gives none, which also keeps WITHIN out.
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WHERE type(r) IN $types
  AND ($direction = 'ANY' OR ($direction = 'OUTGOING' AND startNode(r) = e) OR ($direction = 'INCOMING' AND endNode(r) = e))
WITH DISTINCT r
ORDER BY r.id
LIMIT $limit
MATCH (c:Claim {id: r.id})
RETURN r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds} AS relation
ORDER BY r.id

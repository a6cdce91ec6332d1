// For each article of $ids, the relations with at least one evidence item quoting it, ordered by article, then relation id.
// The article's :CITES links lead to the claims (index seek on :Article(id)); each claim's ends lead to its relationship
// (both by seek, then Expand(Into) behind a LIMIT planning horizon, as in get-relations: not an expansion of a hub).
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:CITES]-(c:Claim)
WITH DISTINCT a.id AS article, c
MATCH (x:Entity {id: c.from})
MATCH (y:Entity {id: c.to})
WITH article, c, x, y LIMIT 1000000000
MATCH (x)-[r]->(y)
WHERE r.id = c.id
RETURN article, r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} AS relation
ORDER BY article, r.id

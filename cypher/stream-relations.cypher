// One page of relations after $after in id order: the page is chosen on the claim nodes (indexed by id, one per
// relation), then each claim's relationship is found between its ends (both by seek, then Expand(Into) behind a LIMIT planning
// horizon, as in get-relations: 3.1 otherwise expands every relationship of the source, all of a hub's per claim).
// OPTIONAL keeps a row per claim, so the key moves on.
MATCH (c:Claim)
WHERE c.id > $after
WITH c
ORDER BY c.id
LIMIT $limit
OPTIONAL MATCH (a:Entity {id: c.from})
OPTIONAL MATCH (b:Entity {id: c.to})
WITH c, a, b LIMIT 1000000000
OPTIONAL MATCH (a)-[r]->(b)
WHERE r.id = c.id
RETURN CASE WHEN r IS NULL THEN NULL ELSE r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} END AS relation, c.id AS key
ORDER BY c.id

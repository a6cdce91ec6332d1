// Every relation, for building the in-memory index: one pass over the relationships between entities (each read once,
// from its source), WITHIN excepted, and its claim by index seek. Driving it from the claims instead, 3.1 expanded every
// relationship of the source per claim (a hub of 5,000 relations made reading 100k relations take 5.5 minutes).
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) <> 'WITHIN'
MATCH (c:Claim {id: r.id})
RETURN r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} AS relation
ORDER BY r.id

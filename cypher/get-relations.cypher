// Relations by id: per id, the :Claim node (an index seek) names the source, a second seek, and one expansion from it
// finds the relationship. UNWIND rather than `WHERE c.id IN $ids`: Neo4j 3.1 plans the IN list as a label scan of every
// :Claim with a linear list test per node, so a 10k-id read (replica catch-up, an import's before-images) scanned the
// whole graph. The far end is left unlabelled because with `(:Entity {id: c.to})` 3.1 scans the whole id index for it.
// DISTINCT keeps a repeated id from returning its relation twice.
UNWIND $ids AS id
WITH DISTINCT id
MATCH (c:Claim {id: id})
MATCH (:Entity {id: c.from})-[r]->(b)
WHERE r.id = c.id AND b.id = c.to
RETURN r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} AS relation

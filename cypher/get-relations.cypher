// Relations by id: per id, the :Claim node (an index seek) names both ends, two more seeks find them, and Expand(Into)
// finds the relationship between them from the end with fewer relationships. UNWIND rather than `WHERE c.id IN $ids`:
// Neo4j 3.1 plans the IN list as a label scan of every :Claim with a linear list test per node, so a 10k-id read
// (replica catch-up, an import's before-images) scanned the whole graph. The LIMIT, above any id list, is a planning
// horizon: without it 3.1 folds one end's seek into a filter and expands every relationship of the other end, which for
// a hub is thousands per id. DISTINCT keeps a repeated id from returning its relation twice.
UNWIND $ids AS id
WITH DISTINCT id
MATCH (c:Claim {id: id})
MATCH (a:Entity {id: c.from})
MATCH (b:Entity {id: c.to})
WITH c, a, b LIMIT 1000000000
MATCH (a)-[r]->(b)
WHERE r.id = c.id
RETURN r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, .role, .channel, .reason, .amountQualifier, .amountPeriod, .amountAltValue, .amountAltCurrency, .quantityValue, .quantityUnit, .quantityQualifier, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds, evidenceStances: c.evidenceStances, evidenceSpeakers: c.evidenceSpeakers, evidenceAttributions: c.evidenceAttributions, evidenceOrigins: c.evidenceOrigins, evidenceObservedAt: c.evidenceObservedAt} AS relation

// What the path index keeps of relations by id, for a replica's change feed: per id one seek of the :Claim node, which
// carries the relation's type, ends and copies of its facts (status, confidence, validity days, independent sources,
// contested). Reading them from the relationship instead (both ends by seek, then Expand(Into), as get-relations does)
// cost about four times the JVM CPU on 3.1, and the whole record three times that again in evidence sent and parsed. A
// claim written before the copies existed returns a null factStatus: the store reads that relation with get-relations.
UNWIND $ids AS id
WITH DISTINCT id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.type AS type, c.from AS from, c.to AS to, c.factStatus AS status, c.factConfidence AS confidence,
       c.factValidFromDay AS validFromDay, c.factValidToDay AS validToDay, c.factSources AS sources, c.factContested AS contested

// Relations with at least one evidence item quoting the article, ordered by relation id.
MATCH (:Article {id: $id})<-[:CITES]-(c:Claim)
MATCH (:Entity {id: c.from})-[r]->(:Entity {id: c.to})
WHERE r.id = c.id
RETURN r {.id, .status, .confidence, .validFrom, .validTo, .stakePercent, .amountValue, .amountCurrency, .product, .note, type: type(r), from: c.from, to: c.to, evidenceArticles: c.evidenceArticles, evidenceQuotes: c.evidenceQuotes, evidenceStarts: c.evidenceStarts, evidenceEnds: c.evidenceEnds} AS relation
ORDER BY r.id

// (:Claim)-[:CITES]->(:Article) for every article a relation's evidence quotes, so "relations citing an article" is
// an index seek plus one expansion. Replaces the links of the relations in $rows: [{id, articles}].
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
OPTIONAL MATCH (c)-[x:CITES]->(:Article)
DELETE x
WITH DISTINCT c, row
UNWIND row.articles AS articleId
MATCH (a:Article {id: articleId})
CREATE (c)-[:CITES]->(a)

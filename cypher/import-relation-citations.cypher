// (:Claim)-[:CITES]->(:Article) for every article a relation's evidence quotes, so "relations citing an article" is
// an index seek plus one expansion. Replaces the links of the relations in $rows: [{id, articles}].
// The ids are looked up by MERGE although every one exists (the store checked them before writing): see
// cypher/README.md, "Planner" (3.1 planned a MATCH by id in a write as a scan of the whole index per row).
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
WITH c, row
OPTIONAL MATCH (c)-[x:CITES]->()
DELETE x
WITH DISTINCT c, row
UNWIND row.articles AS articleId
MERGE (a:Article {id: articleId})
CREATE (c)-[:CITES]->(a)

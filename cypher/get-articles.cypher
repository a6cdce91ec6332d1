// Articles by id, one unique-index seek per id (UNWIND: Neo4j 3.1 plans `WHERE a.id IN $ids` as a label scan).
UNWIND $ids AS id
WITH DISTINCT id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .outlet, .authors, .url, .published, .republishes, .cites, .text} AS article

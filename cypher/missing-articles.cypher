// Which of $ids name no stored article (evidence must quote a stored article).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, a
WHERE a IS NULL
RETURN id

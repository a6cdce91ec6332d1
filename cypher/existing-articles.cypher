// Which of $ids name a stored article (evidence must quote a stored article); the store names the ids not returned.
// MATCH by id, as get-articles reads, not the OPTIONAL MATCH form that 3.1 planned as an index scan per id (see
// existing-entities).
UNWIND $ids AS id
WITH DISTINCT id
MATCH (a:Article {id: id})
RETURN a.id AS id

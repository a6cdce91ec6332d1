// Undoing a journaled import: deletes the relations it created ($ids): the typed relationship, then the :Claim node
// with its CITES links.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (:Entity {id: c.from})-[r]->(:Entity {id: c.to})
WHERE r.id = id
DELETE r
WITH DISTINCT c
DETACH DELETE c

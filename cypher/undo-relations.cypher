// Undoing a journaled import: deletes the relations it created ($ids): the typed relationship, then the :Claim node
// with its CITES links. The relationship is found between both ends' seeks (see get-relations), not by expanding the source.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (a:Entity {id: c.from})
OPTIONAL MATCH (b:Entity {id: c.to})
WITH id, c, a, b LIMIT 1000000000
OPTIONAL MATCH (a)-[r]->(b)
WHERE r.id = id
DELETE r
WITH DISTINCT c
DETACH DELETE c

// Undoing a journaled import: deletes the entities it created ($ids) with their relationships (its relations of later
// chunks are undone first; WITHIN links go with them).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n

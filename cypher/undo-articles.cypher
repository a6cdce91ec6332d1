// Undoing a journaled import: deletes the articles it created ($ids), with their CITES links.
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a

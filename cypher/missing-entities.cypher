// Which of $ids name no stored entity: checked before a write so a batch that refers to unknown entities is
// rejected whole, with the offending ids named, instead of silently skipping relationships.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n
WHERE n IS NULL
RETURN id

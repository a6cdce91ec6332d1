// Every draft, by id.
MATCH (d:Draft)
RETURN d.id AS id, d.document AS document
ORDER BY id

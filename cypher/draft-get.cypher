// One draft's document, or no row.
MATCH (d:Draft {id: $id})
RETURN d.id AS id, d.document AS document

// A new draft (review state beside the graph; the graph's reads, stats and exports match other labels only).
// $document is the whole draft as JSON. created is false when the id was taken, and then nothing changes.
MERGE (d:Draft {id: $id})
ON CREATE SET d.revision = 0
WITH d, d.revision = 0 AS created
SET d.revision = CASE WHEN created THEN 1 ELSE d.revision END,
    d.createdAt = CASE WHEN created THEN $createdAt ELSE d.createdAt END,
    d.document = CASE WHEN created THEN $document ELSE d.document END
RETURN created

// Removes a finished import's bookkeeping in bounded steps: up to $limit chunk records (then, when none are left, its
// unpublished feed entries and the journal itself). Returns how many chunk records went; the store repeats until 0.
OPTIONAL MATCH (c:JournalChunk {import: $import})
WITH c LIMIT $limit
DELETE c
WITH count(c) AS deleted
OPTIONAL MATCH (x:Change {tx: $import})
WITH deleted, collect(x) AS unpublished
FOREACH (x IN CASE WHEN deleted = 0 THEN unpublished ELSE [] END | DELETE x)
WITH deleted
OPTIONAL MATCH (j:ImportJournal {id: 'import', import: $import})
FOREACH (_ IN CASE WHEN deleted = 0 AND j IS NOT NULL THEN [1] ELSE [] END | DELETE j)
RETURN deleted

// Written in the same transaction as one chunk of a journaled import: what undoing the chunk needs (ids the chunk
// created; the before-image rows of records it overwrote, as JSON), and the journal's heartbeat. MERGE on (import, seq)
// keeps the first attempt's before-images when a chunk whose commit was not acknowledged is retried.
MERGE (c:JournalChunk {import: $import, seq: $seq})
ON CREATE SET c.kind = $kind, c.created = $created, c.before = $before
WITH c
OPTIONAL MATCH (j:ImportJournal {id: 'import', import: $import})
SET j.heartbeat = timestamp()
RETURN count(j) AS journals

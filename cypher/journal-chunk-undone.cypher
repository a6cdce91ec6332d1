// Ends the transaction that undid one chunk: the chunk's record goes, and so do the import's unpublished feed entries
// (including those the re-upserted before-images logged under the same $import).
MATCH (c:JournalChunk {import: $import, seq: $seq})
DELETE c
WITH count(*) AS undone
OPTIONAL MATCH (x:Change {tx: $import})
DELETE x
RETURN undone

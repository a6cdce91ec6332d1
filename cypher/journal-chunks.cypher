// The chunk numbers of one import, last first (undoing goes backwards, so later chunks' relations go before their entities).
MATCH (c:JournalChunk {import: $import})
RETURN c.seq AS seq
ORDER BY seq DESC

// One chunk's undo record.
MATCH (c:JournalChunk {import: $import, seq: $seq})
RETURN c.kind AS kind, c.created AS created, c.before AS before

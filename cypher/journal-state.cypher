// Every import that is journaled or has journal chunks left: its state ('writing', 'published', or null for chunks
// whose journal is gone) and how long ago it last showed life (ms, by the server's clock).
OPTIONAL MATCH (j:ImportJournal)
WITH collect({import: j.import, state: j.state, idle: timestamp() - j.heartbeat}) AS journals
OPTIONAL MATCH (c:JournalChunk)
WITH journals, collect(DISTINCT c.import) AS chunked
RETURN [x IN journals WHERE x.import IS NOT NULL] AS journals, chunked

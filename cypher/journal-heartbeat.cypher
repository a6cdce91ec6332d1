// A journaled import is alive: its heartbeat keeps other processes from taking it for abandoned and undoing it.
MATCH (j:ImportJournal {id: 'import', import: $import})
SET j.heartbeat = timestamp()
RETURN count(j) AS journals

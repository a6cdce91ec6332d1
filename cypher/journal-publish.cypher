// Marks a journaled import published, in the transaction whose bump-version makes its changes visible in the feed:
// from here on it is kept, never undone, whatever happens to the clean-up.
MATCH (j:ImportJournal {id: 'import', import: $import})
SET j.state = 'published', j.heartbeat = timestamp()
RETURN j.state AS state

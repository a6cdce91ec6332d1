// Starts a journaled import. The journal is a singleton (uniqueness on :ImportJournal(id)), so a second import that
// tries to start while one is writing fails on the constraint instead of interleaving with it.
CREATE (:ImportJournal {id: 'import', import: $import, state: 'writing', records: $records, started: timestamp(), heartbeat: timestamp()})

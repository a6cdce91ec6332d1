// Takes the version node's write lock, held to the end of the transaction (SET then REMOVE leaves nothing behind). Neo4j
// makes a commit visible to lock-free readers record by record, so a reader can see a write's version before its
// change entries or records. A writer holds this lock from bump-version until its commit is fully applied, so taking it
// waits for a write being applied; holding it keeps the next writer's commit out, so the reads after it in the same
// transaction see exactly the version they read.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v WHERE v IS NOT NULL
SET v.lock = $tx
REMOVE v.lock
RETURN count(v) AS locked

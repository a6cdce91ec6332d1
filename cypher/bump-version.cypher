// The last statement of every write transaction: when the transaction logged changes (:Change nodes under $tx), the
// graph version moves on by one and those entries are numbered with it. Writing v.lock first takes the version node's
// write lock before v.version is read, so concurrent writers get consecutive versions and never share one.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.version = 0
SET v.lock = $tx
WITH v
OPTIONAL MATCH (c:Change {tx: $tx})
WITH v, collect(c) AS changes
WITH v, changes, v.version + CASE WHEN size(changes) > 0 THEN 1 ELSE 0 END AS next
SET v.version = next
REMOVE v.lock
FOREACH (c IN changes | SET c.version = next REMOVE c.tx)
RETURN next AS version, size(changes) AS changes

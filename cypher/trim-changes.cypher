// Trims the change feed to its last $keep versions; runs after bump-version in every write transaction, so it holds the
// version node's lock as readers' rounds do. trimmedThrough moves first: a reader at or behind it gets "not covered" and
// reads everything again, never a feed with holes. Entries at or below it go at most $step per transaction, so a long
// feed is trimmed over several writes.
MATCH (v:GraphVersion {id: 'graph'})
WITH v, CASE WHEN v.version - $keep > coalesce(v.trimmedThrough, 0) THEN v.version - $keep ELSE coalesce(v.trimmedThrough, 0) END AS through
SET v.trimmedThrough = through
WITH through
MATCH (c:Change)
WHERE c.version <= through
WITH c LIMIT $step
DELETE c
RETURN count(c) AS trimmed

// The change feed after $since up to the current version: the ids of each kind written meanwhile (lists of lists,
// flattened by the store). When more than $maxIds ids changed, no ids are returned and the reader reads everything;
// trimmedThrough is the last version whose entries trim-changes may have removed (a reader behind it reads everything).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.version, 0) AS version, coalesce(v.trimmedThrough, 0) AS trimmedThrough
OPTIONAL MATCH (c:Change)
WHERE c.version > $since AND c.version <= version
WITH version, trimmedThrough, collect(c) AS changes
WITH version, trimmedThrough, changes, reduce(n = 0, c IN changes | n + size(c.ids)) AS total
RETURN version, trimmedThrough, total,
       CASE WHEN total > $maxIds THEN [] ELSE [c IN changes WHERE c.kind = 'article' | c.ids] END AS articles,
       CASE WHEN total > $maxIds THEN [] ELSE [c IN changes WHERE c.kind = 'entity' | c.ids] END AS entities,
       CASE WHEN total > $maxIds THEN [] ELSE [c IN changes WHERE c.kind = 'relation' | c.ids] END AS relations

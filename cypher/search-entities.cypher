// Entity search on the folded name keys (name and aliases, trimmed and lower-cased by the store, as is $text):
// rank 0 exact, 1 prefix, 2 substring; a null $text lists every entity. Ties by folded name (as the embedded store orders them), then id. $kinds: null or kind names.
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, CASE WHEN $text IS NULL THEN 0 ELSE reduce(best = 3, k IN n.searchKeys |
  CASE WHEN k = $text THEN 0
       WHEN best > 1 AND k STARTS WITH $text THEN 1
       WHEN best > 2 AND k CONTAINS $text THEN 2
       ELSE best END) END AS rank
WHERE rank < 3
WITH n, rank
ORDER BY rank, n.nameFolded, n.id
WITH collect(n {.id, .name, .kind, .aliases, .country, .description, .locatedIn, .unnamed}) AS matches
RETURN size(matches) AS total, matches[$offset..$end] AS entities

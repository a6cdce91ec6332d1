// Counts for `throughline stats` and the API: entities by kind, relations by type and status, evidence items, articles.
// $types: every relation wire name, which keeps the WITHIN nesting and CITES links out of the relation counts.
OPTIONAL MATCH (n:Entity)
WITH n.kind AS kind, count(n) AS entities
WITH collect({kind: kind, count: entities}) AS byKind
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types
WITH byKind, type(r) AS type, r.status AS status, count(r) AS relations
WITH byKind, collect({type: type, status: status, count: relations}) AS byTypeAndStatus
OPTIONAL MATCH (c:Claim)
WITH byKind, byTypeAndStatus, sum(size(c.evidenceArticles)) AS evidence
OPTIONAL MATCH (a:Article)
RETURN byKind, byTypeAndStatus, evidence, count(a) AS articles

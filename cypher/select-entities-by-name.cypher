// Entities whose name or an alias equals one of $names ignoring case: nameKeys and $names are upper-cased by the
// store with the same rule as the embedded index (ordinal, ignore case). Returns which of the names each matched.
MATCH (n:Entity)
WHERE ANY(k IN n.nameKeys WHERE k IN $names)
RETURN n.id AS id, n.kind AS kind, [k IN n.nameKeys WHERE k IN $names] AS matched

// What the graph spans, for the API's Stats.entitiesByCountry and Stats.years (the explorer's country choices and its
// "as of" slider): entities per country, and the first and last year among articles' publication dates and relations'
// validFrom/validTo. Partial dates start with their four-digit year, so their first four characters order as years.
// $types: every relation wire name, which keeps the WITHIN nesting and CITES links out.
OPTIONAL MATCH (e:Entity)
WHERE e.country IS NOT NULL
WITH e.country AS country, count(e) AS entities
WITH collect({country: country, count: entities}) AS byCountry
OPTIONAL MATCH (a:Article)
WITH byCountry, min(substring(a.published, 0, 4)) AS firstPublished, max(substring(a.published, 0, 4)) AS lastPublished
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types
WITH byCountry, firstPublished, lastPublished,
  min(substring(r.validFrom, 0, 4)) AS firstFrom, max(substring(r.validFrom, 0, 4)) AS lastFrom,
  min(substring(r.validTo, 0, 4)) AS firstTo, max(substring(r.validTo, 0, 4)) AS lastTo
RETURN byCountry, [firstPublished, lastPublished, firstFrom, lastFrom, firstTo, lastTo] AS years

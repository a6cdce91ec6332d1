// Articles by id.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a {.id, .title, .outlet, .authors, .url, .published, .republishes, .cites, .text} AS article

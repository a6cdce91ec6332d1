// Every article.
MATCH (a:Article)
RETURN a {.id, .title, .outlet, .authors, .url, .published, .republishes, .cites, .text} AS article
ORDER BY a.id

// One page of articles after $after in id order (keyset paging over the :Article(id) index), for streamed exports.
MATCH (a:Article)
WHERE a.id > $after
RETURN a {.id, .title, .outlet, .authors, .url, .published, .republishes, .cites, .text} AS article, a.id AS key
ORDER BY a.id
LIMIT $limit

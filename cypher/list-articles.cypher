// A page of articles ordered by id, after $after (null: from the start). One row more than $first tells whether a
// next page exists; the total counts every article.
MATCH (counted:Article)
WITH count(counted) AS total
OPTIONAL MATCH (a:Article)
WHERE $after IS NULL OR a.id > $after
WITH total, a
ORDER BY a.id
LIMIT $take
RETURN total, collect(a {.id, .title, .outlet, .authors, .url, .published, .republishes, .cites, .text}) AS articles

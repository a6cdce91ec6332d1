-- PostgreSQL side of the peer benchmark (README.md beside this file): the schema, the load from the CSV files the
-- engine wrote, and the four queries as prepared statements. psql variables: dir (the data directory).
\set ON_ERROR_STOP on
CREATE TABLE nodes (n integer PRIMARY KEY, id text NOT NULL, xj boolean NOT NULL);
CREATE TABLE e (src integer NOT NULL, dst integer NOT NULL, conf double precision NOT NULL);
\set nodes_csv :dir '/nodes.csv'
\set edges_csv :dir '/edges.csv'
COPY nodes FROM :'nodes_csv' WITH (FORMAT csv);
COPY e FROM :'edges_csv' WITH (FORMAT csv);
CREATE INDEX e_src ON e (src, dst);
CREATE INDEX e_dst ON e (dst, src);
ANALYZE;

-- Directed simple paths $1 -> $2 of 1..4 hops. A backward search from the target first bounds how far each entity is
-- from it, so the forward recursion only extends a path that can still arrive in time (what an expert would write:
-- the unpruned recursion from a hub does not finish).
PREPARE paths(integer, integer) AS
WITH RECURSIVE back(v, d) AS (
    SELECT $2, 0
  UNION
    SELECT e.src, back.d + 1 FROM back JOIN e ON e.dst = back.v WHERE back.d < 3),
dist AS (SELECT v, min(d) AS d FROM back GROUP BY v),
p(v, path, depth) AS (
    SELECT $1, ARRAY[$1], 0
  UNION ALL
    SELECT e.dst, p.path || e.dst, p.depth + 1
    FROM p JOIN e ON e.src = p.v JOIN dist ON dist.v = e.dst
    WHERE p.depth < 4 AND p.depth + 1 + dist.d <= 4 AND e.dst <> ALL (p.path))
SELECT count(*) FROM p WHERE v = $2 AND depth > 0;

-- The hub to every project of the query's county (nodes.xj), 1..4 hops: the total and the first 100 in the contract order (fewer hops, higher
-- confidence product, then the id sequence; the cluster's C collation orders text like ordinal comparison).
PREPARE region(integer) AS
WITH RECURSIVE back(v, d) AS (
    SELECT n, 0 FROM nodes WHERE xj
  UNION
    SELECT e.src, back.d + 1 FROM back JOIN e ON e.dst = back.v WHERE back.d < 3),
dist AS (SELECT v, min(d) AS d FROM back GROUP BY v),
p(v, path, conf, depth) AS (
    SELECT $1, ARRAY[$1], 1.0::double precision, 0
  UNION ALL
    SELECT e.dst, p.path || e.dst, p.conf * e.conf, p.depth + 1
    FROM p JOIN e ON e.src = p.v JOIN dist ON dist.v = e.dst
    WHERE p.depth < 4 AND p.depth + 1 + dist.d <= 4 AND e.dst <> ALL (p.path)),
found AS (SELECT path, conf, depth FROM p JOIN nodes ON nodes.n = p.v WHERE nodes.xj AND depth > 0)
SELECT (SELECT count(*) FROM found) AS total, count(*) AS first
FROM (SELECT path FROM found ORDER BY depth, round(conf::numeric, 9) DESC,
        (SELECT array_agg(id ORDER BY ord) FROM unnest(path) WITH ORDINALITY u(n, ord) JOIN nodes USING (n)) LIMIT 100) page;

-- Every shortest directed path $1 -> $2 (at most 4 hops): the backward distances from the target, then the walks from
-- the source that get one hop nearer at every step (each such walk is a shortest path, and so simple).
PREPARE shortest(integer, integer) AS
WITH RECURSIVE back(v, d) AS (
    SELECT $2, 0
  UNION
    SELECT e.src, back.d + 1 FROM back JOIN e ON e.dst = back.v WHERE back.d < 3),
dist AS (SELECT v, min(d) AS d FROM back GROUP BY v),
start AS (SELECT min(dist.d) + 1 AS d FROM e JOIN dist ON dist.v = e.dst WHERE e.src = $1),
p(v, hops_left) AS (
    SELECT $1, (SELECT d FROM start)
  UNION ALL
    SELECT e.dst, p.hops_left - 1 FROM p JOIN e ON e.src = p.v JOIN dist ON dist.v = e.dst AND dist.d = p.hops_left - 1
    WHERE p.hops_left > 0)
SELECT count(*) FROM p WHERE v = $2 AND hops_left = 0;

-- The entities within 2 hops of $1 either way, nearest first then by id, capped at 500 (the centre included).
PREPARE neighbourhood(integer) AS
WITH n1 AS (SELECT dst AS v FROM e WHERE src = $1 UNION SELECT src FROM e WHERE dst = $1),
n2 AS (SELECT e.dst AS v FROM e JOIN n1 ON e.src = n1.v UNION SELECT e.src FROM e JOIN n1 ON e.dst = n1.v),
ball AS (SELECT v, min(d) AS d FROM (SELECT v, 1 AS d FROM n1 UNION ALL SELECT v, 2 FROM n2) x WHERE v <> $1 GROUP BY v)
SELECT 1 + count(*) FROM (SELECT v FROM ball ORDER BY d, v LIMIT 499) kept;

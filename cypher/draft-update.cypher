// Replaces a draft only at the revision the caller read. Otherwise the integer division by zero aborts the whole
// transaction (Neo.ClientError.Statement.ArithmeticError), so records accepted with it are not written either;
// Cypher 3.1 has no other way for a statement to fail its transaction.
OPTIONAL MATCH (d:Draft {id: $id})
WITH d, 1 / CASE WHEN d IS NOT NULL AND d.revision = $expected THEN 1 ELSE 0 END AS guard
SET d.revision = $next, d.document = $document
RETURN guard

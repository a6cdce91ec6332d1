// The server's version and edition, to pick schema.cypher or schema-3.x.cypher and for /health.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition

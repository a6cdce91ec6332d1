// Schema for Neo4j 3.x (the test server is 3.1.1). 3.x has neither IF NOT EXISTS nor named or full-text schema indexes;
// re-creating an existing constraint is a no-op there, so the file is idempotent too.
CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Claim) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Entity(kind);
CREATE CONSTRAINT ON (n:GraphVersion) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:ImportJournal) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:SeedImport) ASSERT n.seed IS UNIQUE;
CREATE CONSTRAINT ON (n:Draft) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Change(version);
CREATE INDEX ON :Change(tx);
CREATE INDEX ON :JournalChunk(import);

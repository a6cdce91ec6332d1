// Schema for Neo4j 5 (the store applies it at start when the server is 5.x or newer; every statement is idempotent).
// Our own stable ids are the keys: Neo4j's internal ids are never stored or exposed.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// Ad-hoc Lucene search over names and aliases (Neo4j Browser, Bloom). The store's own search ranks on the folded
// name keys instead, so that it answers exactly like the embedded store and also on 3.x, which has no full-text schema index.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText];
// The graph version every write bumps, its change feed, the import journal and the seed ledger (cypher/README.md).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (n:ImportJournal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT seed_import_seed IF NOT EXISTS FOR (n:SeedImport) REQUIRE n.seed IS UNIQUE;
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_version IF NOT EXISTS FOR (n:Change) ON (n.version);
CREATE INDEX change_tx IF NOT EXISTS FOR (n:Change) ON (n.tx);
CREATE INDEX journal_chunk_import IF NOT EXISTS FOR (n:JournalChunk) ON (n.import);

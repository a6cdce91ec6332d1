// Records the seed directory's fingerprint after its import committed (a crash in between only repeats the idempotent import).
MERGE (s:SeedImport {seed: $seed})
SET s.fingerprint = $fingerprint, s.importedAt = $importedAt

// The seed ledger: when this seed directory ($seed) with this content ($fingerprint) was last imported, if it was.
OPTIONAL MATCH (s:SeedImport {seed: $seed})
WHERE s.fingerprint = $fingerprint
RETURN s.importedAt AS importedAt

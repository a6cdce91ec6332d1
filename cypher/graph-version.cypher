// The committed graph version (0 before the first write), polled by every API process to notice other processes' writes.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version

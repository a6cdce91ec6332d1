-- Schema 7. A saved image of the path index (Throughline.Core.Index.IndexImage), so that opening a large store reads a
-- few blobs instead of every entity and relation row. Part 0 is the image's header, which names the store version it was
-- taken at; the store hands the image out only while store_version is still that version, so a write by any
-- connection or process (every write that changes something bumps the version) makes it stale at once. Nothing else
-- refers to it: deleting its rows only costs the next open a build from the rows. New, empty table; no row is rewritten.

CREATE TABLE index_image (
    part INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);

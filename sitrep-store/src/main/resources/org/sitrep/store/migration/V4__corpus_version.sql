-- A number that each article written raises, in the write's own transaction: whoever keeps
-- answers computed from the corpus (the server's cache) knows when they are out of date, also
-- when another process writes to the same PostgreSQL database.
CREATE TABLE corpus_version (
  id INTEGER PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO corpus_version (id, version) VALUES (1, 0);

-- Inputs that analysis rejected for what they are (not English, empty, too large), by the same
-- key as articles, so that a second ingest of the same input skips them instead of loading the
-- pipeline again. Internal errors are not recorded: a fixed sitrep should try those again.
CREATE TABLE rejected (
  article_key VARCHAR PRIMARY KEY,
  id VARCHAR,
  code VARCHAR NOT NULL,
  message VARCHAR,
  rejected_at VARCHAR NOT NULL
);

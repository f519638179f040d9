-- The corpus schema, one script for DuckDB and PostgreSQL: only types and statements both know.
-- Days are ISO strings (yyyy-mm-dd): they compare like dates and read back unchanged.
-- JSON bodies are ModelJson's mapping as text; the columns beside them are what queries filter on.

CREATE TABLE articles (
  id VARCHAR PRIMARY KEY,
  article_key VARCHAR NOT NULL UNIQUE,
  url VARCHAR,
  published VARCHAR,
  title VARCHAR,
  source VARCHAR,
  duplicate_of VARCHAR,
  similarity DOUBLE PRECISION,
  signature VARCHAR,            -- the MinHash signature: base64 of the longs, big-endian
  analysis VARCHAR,             -- the extract JSON
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE article_bands (
  band BIGINT NOT NULL,
  article VARCHAR NOT NULL
);
CREATE INDEX article_bands_band ON article_bands (band);

CREATE TABLE reports (
  article VARCHAR NOT NULL,
  idx INTEGER NOT NULL,
  country VARCHAR,
  date_earliest VARCHAR,
  date_latest VARCHAR,
  component VARCHAR,
  event_id VARCHAR,             -- the corpus event it is merged into; CorpusArticle.events
  body VARCHAR NOT NULL,        -- ModelJson.report
  PRIMARY KEY (article, idx)
);
CREATE INDEX reports_country_date ON reports (country, date_earliest);
CREATE INDEX reports_component ON reports (component);
CREATE INDEX reports_event ON reports (event_id);

CREATE TABLE events (
  id VARCHAR PRIMARY KEY,
  event_date VARCHAR,
  date_earliest VARCHAR,
  date_latest VARCHAR,
  country VARCHAR,
  admin1 VARCHAR,
  event_type VARCHAR,
  sub_type VARCHAR,
  actor1 VARCHAR,
  actor2 VARCHAR,
  fatalities INTEGER,
  search_text VARCHAR,          -- lower case: place name and the sentences of its reports
  body VARCHAR NOT NULL         -- ModelJson.event
);
CREATE INDEX events_country_date ON events (country, date_earliest);

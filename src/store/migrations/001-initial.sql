-- relata store, schema version 1. Offsets are UTF-16 indices into documents.text.
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE,          -- sha256 of language + normalised text: ingest is idempotent
  origin      TEXT,
  title       TEXT,
  url         TEXT,
  outlet      TEXT,
  language    TEXT NOT NULL,
  published   TEXT,
  text        TEXT NOT NULL,
  analysis    TEXT NOT NULL,                 -- the full JSON contract, for exports and re-reads
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,                 -- id inside the analysis (e1, e2...)
  name        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'MISC')),
  actor       TEXT,
  country     TEXT,
  wikidata    TEXT,
  UNIQUE (document_id, local_id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  kind        TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_document ON mentions(document_id);

CREATE TABLE quotes (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start             INTEGER NOT NULL,
  end               INTEGER NOT NULL,
  text              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
  speaker_name      TEXT,
  speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  speaker_actor     TEXT,
  cue_start         INTEGER,
  cue_end           INTEGER,
  cue_text          TEXT
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE events (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  cameo            TEXT NOT NULL,
  root             TEXT NOT NULL,
  quad_class       INTEGER,
  goldstein        REAL,
  plover           TEXT,
  mode             TEXT,
  source_name      TEXT,
  source_actor     TEXT,
  source_country   TEXT,
  source_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  target_name      TEXT,
  target_actor     TEXT,
  target_country   TEXT,
  target_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  negated          INTEGER NOT NULL DEFAULT 0,
  modality         TEXT,
  date             TEXT,
  place_name       TEXT,
  place_country    TEXT,
  lat              REAL,
  lon              REAL,
  start            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  trigger_text     TEXT
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);
CREATE INDEX events_date ON events(date);

CREATE TABLE dates (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  value       TEXT NOT NULL,
  type        TEXT
);
CREATE INDEX dates_document ON dates(document_id);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE places (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  name        TEXT NOT NULL,
  country     TEXT NOT NULL,
  lat         REAL,
  lon         REAL,
  geonameid   INTEGER
);
CREATE INDEX places_document ON places(document_id);
CREATE INDEX places_country ON places(country);

CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  source_name  TEXT,
  source_actor TEXT,
  covers_start INTEGER,
  covers_end   INTEGER
);
CREATE INDEX sources_document ON sources(document_id);

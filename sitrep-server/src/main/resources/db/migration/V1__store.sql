-- Sitrep's store, version 1. Every report as received, its facts once analysed, the events fusion reads and the
-- incidents it writes, the feed of changes the page follows, and the ingest log.

-- One row per distinct content (its SHA-256 after any gzip layer is removed): received first, analysed later.
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT    NOT NULL UNIQUE,
    sha256       TEXT    NOT NULL UNIQUE,
    source       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    raw          BLOB    NOT NULL,
    received_at  TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('received', 'analysed', 'failed')),
    message      TEXT,
    facts        TEXT,
    title        TEXT,
    outlet       TEXT,
    published    TEXT,
    analysed_at  TEXT
);
CREATE INDEX documents_by_state ON documents (state, seq);

-- Each report's own events, the input of fusion; reach_from/reach_to are the epoch days its comparisons can reach
-- (null when undated), fused_id the incident it is part of.
CREATE TABLE report_events (
    id          TEXT    PRIMARY KEY,
    doc_seq     INTEGER NOT NULL REFERENCES documents (seq),
    doc_id      TEXT    NOT NULL,
    ord         INTEGER NOT NULL,
    country     TEXT    NOT NULL,
    reach_from  INTEGER,
    reach_to    INTEGER,
    fused_id    TEXT,
    body        TEXT    NOT NULL
);
CREATE INDEX report_events_by_reach ON report_events (country, reach_from);
CREATE INDEX report_events_by_fused ON report_events (fused_id);

-- The incidents: one per fused event, with the columns the filters read and the JSON the API gives.
CREATE TABLE fused_events (
    id          TEXT    PRIMARY KEY,
    country     TEXT    NOT NULL,
    first_day   INTEGER,
    last_day    INTEGER,
    lat         REAL,
    lon         REAL,
    event_type  TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    actors      TEXT    NOT NULL,
    changed     INTEGER NOT NULL,
    summary     TEXT    NOT NULL,
    body        TEXT    NOT NULL
);
CREATE INDEX fused_events_by_day ON fused_events (first_day);
CREATE INDEX fused_events_by_country_day ON fused_events (country, first_day);

-- The documents each incident is told by, for the documents of a filtered picture.
CREATE TABLE event_sources (
    fused_id  TEXT NOT NULL,
    doc_id    TEXT NOT NULL,
    PRIMARY KEY (fused_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX event_sources_by_doc ON event_sources (doc_id);

-- What each analysis step changed, in order: the live page follows it.
CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    documents  TEXT NOT NULL,
    events     TEXT NOT NULL,
    removed    TEXT NOT NULL
);

-- Every input offered to the store and what became of it.
CREATE TABLE ingest_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    source   TEXT NOT NULL,
    sha256   TEXT,
    doc_id   TEXT,
    outcome  TEXT NOT NULL CHECK (outcome IN ('received', 'duplicate', 'refused', 'analysed', 'failed')),
    message  TEXT
);

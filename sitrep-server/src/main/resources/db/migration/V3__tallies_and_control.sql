-- Tallies and control kept in the store, each regrouped only where a new report touches it.

-- Every report's figures, by the key within which figures can count the same thing (kind, group, country).
CREATE TABLE figures (
    id         TEXT    PRIMARY KEY,
    doc_id     TEXT    NOT NULL,
    ord        INTEGER NOT NULL,
    part       TEXT    NOT NULL,
    published  TEXT,
    body       TEXT    NOT NULL
);
CREATE INDEX figures_by_part ON figures (part, doc_id, ord);

-- The tallies of each key; country and days (of the period, else of the claims) for the filters.
CREATE TABLE tallies (
    id         TEXT    PRIMARY KEY,
    part       TEXT    NOT NULL,
    country    TEXT    NOT NULL,
    first_day  INTEGER,
    last_day   INTEGER,
    body       TEXT    NOT NULL
);
CREATE INDEX tallies_by_part ON tallies (part);
CREATE INDEX tallies_by_country ON tallies (country, first_day);

-- Who held each place, from the incidents that change its control.
CREATE TABLE control (
    place      TEXT    PRIMARY KEY,
    country    TEXT    NOT NULL,
    first_day  INTEGER NOT NULL,
    body       TEXT    NOT NULL
);
CREATE INDEX control_by_country ON control (country);

ALTER TABLE fused_events ADD COLUMN place TEXT;
CREATE INDEX fused_events_by_place ON fused_events (place);

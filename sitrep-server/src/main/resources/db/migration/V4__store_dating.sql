-- What lets the store date a report whose own words leave its day open from the reports of the same incident, as a
-- batch of 'analyze' does: the names each report gives, whether its day is open, and the days it was lent.
ALTER TABLE documents ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN lent TEXT;

CREATE TABLE doc_keys (
    key     TEXT NOT NULL,
    doc_id  TEXT NOT NULL,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
CREATE INDEX doc_keys_by_doc ON doc_keys (doc_id);

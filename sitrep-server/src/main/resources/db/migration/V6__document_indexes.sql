-- A report analysed again (dated by the store) replaces its events and figures: found by document, not by a scan.
CREATE INDEX report_events_by_doc ON report_events (doc_id);
CREATE INDEX figures_by_doc ON figures (doc_id);

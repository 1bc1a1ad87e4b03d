-- The runs of overlapping reaches are swept from the reaches of a country in order: an index that holds both ends
-- answers that without reading the rows.
DROP INDEX report_events_by_reach;
CREATE INDEX report_events_by_reach ON report_events (country, reach_from, reach_to);

-- The web archive record a report was read from (archive, record id, capture time, the charset it was served
-- under), as JSON; null for a report that did not come from an archive. The analyst gives it back to the pipeline
-- as the command line's reader does, so an archived page's own meta tags date it ahead of its capture there too.
ALTER TABLE documents ADD COLUMN archived TEXT;

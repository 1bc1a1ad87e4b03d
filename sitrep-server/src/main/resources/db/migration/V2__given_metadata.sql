-- What a report came with outside its bytes (an article file's address, title, day and outlet), as JSON; null for
-- a plain report. The analyst gives it back to the pipeline exactly as the command line's reader does.
ALTER TABLE documents ADD COLUMN given TEXT;

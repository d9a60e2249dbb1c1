-- The content key of each file the last run analysed (its payload stays in the warehouse).
SELECT file, sha256 FROM ingest_cache

-- The last run's analyses of the files that have not changed, carried into the new cache.
INSERT INTO ingest_cache__new
SELECT file, sha256, payload FROM ingest_cache WHERE file IN (SELECT unnest($1::VARCHAR[]))

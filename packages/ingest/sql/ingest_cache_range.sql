-- The analyses of the files from $1 to $2 (names in the order of ingest_cache_files), in file order.
SELECT file, sha256, payload FROM ingest_cache__new WHERE file BETWEEN $1 AND $2 ORDER BY file

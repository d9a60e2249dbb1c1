-- A shard's per-file analyses (written by `run --shard i/n`), into the new cache.
INSERT INTO ingest_cache__new SELECT file, sha256, payload FROM read_parquet($1)

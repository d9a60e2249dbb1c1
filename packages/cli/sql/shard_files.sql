-- A shard's per-file analyses (written by `run --shard i/n`).
SELECT file, sha256, payload FROM read_parquet($1) ORDER BY file

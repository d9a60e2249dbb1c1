-- A shard's problems found before reading any file.
SELECT file, line, reason FROM read_parquet($1) ORDER BY file, line, reason

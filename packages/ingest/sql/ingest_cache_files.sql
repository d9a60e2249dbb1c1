-- The files of the new cache, in code point order (as UTF-8 bytes sort): the order of the corpus-wide passes.
SELECT file FROM ingest_cache__new ORDER BY file

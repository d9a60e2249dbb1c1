-- Every file's analysis, in file order (code point order, as UTF-8 bytes sort), for the corpus-wide passes.
SELECT file, sha256, payload FROM ingest_cache__new ORDER BY file

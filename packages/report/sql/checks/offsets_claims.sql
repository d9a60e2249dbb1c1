-- Every claims row is its document sliced at its offsets. DuckDB counts characters, the
-- dataset UTF-16 units: the two agree on documents without characters beyond U+FFFF,
-- which are the ones checked here (the others are checked in JavaScript).
SELECT count(*) AS failures
FROM "claims" x
JOIN documents d USING (source_id)
WHERE NOT regexp_matches(d.text, '[\x{10000}-\x{10FFFF}]')
  AND substring(d.text, x."start" + 1, x."end" - x."start") <> x.text

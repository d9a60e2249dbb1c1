-- Every source with its order and short label: the first 3 characters of the file name when
-- every file name starts with 3 digits that tell the sources apart ("001_…"), else S1, S2 …
-- in file order.
CREATE OR REPLACE TEMP TABLE briefing_sources AS
WITH ordered AS (
    SELECT s.*,
           regexp_extract(s.file, '[^/]*$') AS base,
           row_number() OVER (ORDER BY s.file, s.external_id NULLS FIRST, s.source_id)::INTEGER AS ord
    FROM sources s
), naming AS (
    SELECT coalesce(bool_and(regexp_matches(base, '^[0-9]{3}')), false)
           AND count(DISTINCT left(base, 3)) = count(*) AS by_file
    FROM ordered
)
SELECT o.source_id, o.file, o.title, o.publisher, o.author, o.published_at, o.word_count, o.duplicate_of, o.ord,
       CASE WHEN n.by_file THEN left(o.base, 3) ELSE 'S' || o.ord END AS label
FROM ordered o, naming n

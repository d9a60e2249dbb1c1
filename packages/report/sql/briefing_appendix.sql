-- The claims of the appendix in source order, with sentence position and offsets. A large
-- corpus lists its $limit most check-worthy claims (every claim stays in the dataset);
-- `total` says how many the briefing holds (counted apart: a window count over every claim
-- would carry them all, text included, through the sort).
WITH ranked AS (
  SELECT b.*
  FROM briefing_claims b
  ORDER BY b.checkworthiness DESC, b.claim_id
  LIMIT $limit
)
SELECT b.claim_id, s.label AS source, s.ord, st.position, b.start, b."end", b.claim_type, b.text,
       (SELECT count(*) FROM briefing_claims)::INTEGER AS total
FROM ranked b
JOIN briefing_sources s ON s.source_id = b.source_id
LEFT JOIN sentences st ON st.sentence_id = b.sentence_id
ORDER BY s.ord, b.start, b."end", b.claim_id

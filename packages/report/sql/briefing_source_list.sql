-- Every source in label order, with its claims in the briefing and the label of the source it copies.
SELECT s.label, s.ord, s.file, s.title, s.publisher, s.published_at, s.word_count,
       d.label AS duplicate_of,
       coalesce(c.claims, 0)::INTEGER AS claims
FROM briefing_sources s
LEFT JOIN briefing_sources d ON d.source_id = s.duplicate_of
LEFT JOIN (SELECT source_id, count(*) AS claims FROM briefing_claims GROUP BY source_id) c ON c.source_id = s.source_id
ORDER BY s.ord

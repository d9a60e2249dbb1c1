-- Who the attributed claims quote, most quoted first.
SELECT coalesce(e.name, b.attributed_to) AS speaker,
       count(*)::INTEGER AS claims,
       count(DISTINCT b.source_id)::INTEGER AS sources,
       round(100.0 * count(*) / sum(count(*)) OVER ())::INTEGER AS pct
FROM briefing_claims b
LEFT JOIN entities e ON e.entity_id = b.attributed_to
WHERE b.attributed_to IS NOT NULL
GROUP BY coalesce(e.name, b.attributed_to)
ORDER BY claims DESC, speaker
LIMIT $limit

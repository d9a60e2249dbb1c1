-- Notable claims only one source carries: numbers first, then the most check-worthy.
SELECT b.claim_id, s.label AS source, b.text, b.claim_type, b.checkworthiness, b.modality,
       b.attribution_cue, coalesce(e.name, b.attributed_to) AS speaker
FROM briefing_claims b
JOIN briefing_sources s ON s.source_id = b.source_id
LEFT JOIN briefing_clusters cl ON cl.cluster_id = b.cluster_id
LEFT JOIN entities e ON e.entity_id = b.attributed_to
WHERE coalesce(cl.status, 'single_source') = 'single_source'
  AND (b.claim_type = 'quantitative' OR b.checkworthiness >= 0.5)
ORDER BY b.claim_type = 'quantitative' DESC, b.checkworthiness DESC, s.ord, b.start, b.claim_id
LIMIT $limit

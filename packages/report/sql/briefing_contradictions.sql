-- Contradicting pairs of claims with their sources and the numbers each holds, highest score first.
WITH figures AS (
    SELECT q.claim_id,
           list(q.text || coalesce(' ' || nullif(q.counted, ''), '') || coalesce(' (' || nullif(q.unit, '') || ')', '') ORDER BY q.start) AS figures
    FROM quantities q
    WHERE q.claim_id IN (SELECT claim_id FROM briefing_contradictions UNION SELECT other_claim_id FROM briefing_contradictions)
    GROUP BY q.claim_id
)
SELECT r.claim_id AS a_id, sa.label AS a_source, sa.ord AS a_ord, a.text AS a_text, a.modality AS a_modality,
       a.polarity AS a_polarity, coalesce(fa.figures, []::VARCHAR[]) AS a_figures, ca.status AS a_status,
       r.other_claim_id AS b_id, sb.label AS b_source, sb.ord AS b_ord, b.text AS b_text, b.modality AS b_modality,
       b.polarity AS b_polarity, coalesce(fb.figures, []::VARCHAR[]) AS b_figures, cb.status AS b_status,
       r.score, r.detail
FROM briefing_contradictions r
JOIN briefing_claims a ON a.claim_id = r.claim_id
JOIN briefing_claims b ON b.claim_id = r.other_claim_id
JOIN briefing_sources sa ON sa.source_id = a.source_id
JOIN briefing_sources sb ON sb.source_id = b.source_id
LEFT JOIN figures fa ON fa.claim_id = a.claim_id
LEFT JOIN figures fb ON fb.claim_id = b.claim_id
LEFT JOIN briefing_clusters ca ON ca.cluster_id = a.cluster_id
LEFT JOIN briefing_clusters cb ON cb.cluster_id = b.cluster_id
ORDER BY r.score DESC, r.claim_id, r.other_claim_id
LIMIT $limit

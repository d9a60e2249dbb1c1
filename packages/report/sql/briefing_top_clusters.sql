-- The clusters carried by the most independent sources, optionally of one status. Each gets
-- a representative claim of the briefing (the claim its label comes from when that claim is
-- in scope, else its most check-worthy claim, earliest source first) and the labels of every
-- source carrying it.
WITH top AS (
    SELECT b.*, cl.label
    FROM (
        SELECT *
        FROM briefing_clusters
        WHERE $status IS NULL OR status = $status
        ORDER BY independent_source_count DESC, source_count DESC, claim_count DESC, credibility, cluster_id
        LIMIT $limit
    ) b
    JOIN clusters cl ON cl.cluster_id = b.cluster_id
), ranked AS (
    SELECT b.cluster_id, b.claim_id, b.text,
           row_number() OVER (
               PARTITION BY b.cluster_id
               ORDER BY b.text = t.label DESC, b.checkworthiness DESC, s.ord, b.start, b.claim_id
           ) AS rn
    FROM briefing_claims b
    JOIN top t ON t.cluster_id = b.cluster_id
    JOIN briefing_sources s ON s.source_id = b.source_id
), carriers AS (
    SELECT cluster_id, list(label ORDER BY ord) AS sources, list(source_id ORDER BY ord) AS source_ids
    FROM (
        SELECT DISTINCT c.cluster_id, s.ord, s.label, s.source_id
        FROM claims c
        JOIN top t ON t.cluster_id = c.cluster_id
        JOIN briefing_sources s ON s.source_id = c.source_id
    )
    GROUP BY cluster_id
)
SELECT t.cluster_id, coalesce(r.text, t.label) AS label, r.claim_id, t.claim_count, t.source_count,
       t.independent_source_count, t.status, t.credibility,
       coalesce(k.sources, []::VARCHAR[]) AS sources,
       coalesce(k.source_ids, []::VARCHAR[]) AS source_ids
FROM top t
LEFT JOIN ranked r ON r.cluster_id = t.cluster_id AND r.rn = 1
LEFT JOIN carriers k ON k.cluster_id = t.cluster_id
ORDER BY t.independent_source_count DESC, t.source_count DESC, t.claim_count DESC, t.credibility, t.cluster_id

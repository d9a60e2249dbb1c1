-- The clusters of the briefing: every cluster, or those holding a claim of the briefing. Each
-- gets a representative claim of the briefing (the claim its label comes from when that claim
-- is in scope, else its most check-worthy claim, earliest source first) and the labels of
-- every source carrying it.
CREATE OR REPLACE TEMP TABLE briefing_clusters AS
WITH ranked AS (
    SELECT b.cluster_id, b.claim_id, b.text,
           row_number() OVER (
               PARTITION BY b.cluster_id
               ORDER BY b.text = cl.label DESC, b.checkworthiness DESC, s.ord, b.start, b.claim_id
           ) AS rn
    FROM briefing_claims b
    JOIN clusters cl ON cl.cluster_id = b.cluster_id
    JOIN briefing_sources s ON s.source_id = b.source_id
), carriers AS (
    SELECT cluster_id, list(label ORDER BY ord) AS sources, list(source_id ORDER BY ord) AS source_ids
    FROM (
        SELECT DISTINCT c.cluster_id, s.ord, s.label, s.source_id
        FROM claims c
        JOIN briefing_sources s ON s.source_id = c.source_id
        WHERE c.cluster_id IS NOT NULL
    )
    GROUP BY cluster_id
)
SELECT cl.cluster_id,
       coalesce(r.text, cl.label) AS label,
       r.claim_id,
       cl.claim_count, cl.source_count, cl.independent_source_count, cl.status, cl.credibility, cl.detail,
       coalesce(k.sources, []::VARCHAR[]) AS sources,
       coalesce(k.source_ids, []::VARCHAR[]) AS source_ids
FROM clusters cl
LEFT JOIN ranked r ON r.cluster_id = cl.cluster_id AND r.rn = 1
LEFT JOIN carriers k ON k.cluster_id = cl.cluster_id
WHERE $entity IS NULL OR r.cluster_id IS NOT NULL

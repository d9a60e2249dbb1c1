-- clusters.claim_count and source_count agree with the claims table.
SELECT count(*) AS failures
FROM clusters c
LEFT JOIN (
  SELECT cluster_id, count(*) AS claims, count(DISTINCT source_id) AS sources FROM claims GROUP BY cluster_id
) k USING (cluster_id)
WHERE coalesce(k.claims, 0) <> c.claim_count OR coalesce(k.sources, 0) <> c.source_count

-- What changed since the release before ($1: the run): new and removed claims, new clusters
-- (none of their claims was in the release before), and clusters that became corroborated
-- or contested (none of their claims from before had that status then).
WITH kept AS (
  SELECT
    c.cluster_id,
    count(b.claim_id) AS old,
    count(*) FILTER (WHERE b.status = 'corroborated') AS corroborated,
    count(*) FILTER (WHERE b.status = 'contested') AS contested
  FROM claims c
  LEFT JOIN release_before b ON b.claim_id = c.claim_id
  GROUP BY c.cluster_id
)
SELECT $1 AS run_id, 'new_claim' AS change, c.claim_id AS item_id, c.text AS detail
FROM claims c
WHERE NOT EXISTS (SELECT 1 FROM release_before b WHERE b.claim_id = c.claim_id)
UNION ALL
SELECT $1, 'removed_claim', b.claim_id, ''
FROM release_before b
WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.claim_id = b.claim_id)
UNION ALL
SELECT $1, 'new_cluster', cl.cluster_id, cl.label
FROM clusters cl LEFT JOIN kept k ON k.cluster_id = cl.cluster_id
WHERE coalesce(k.old, 0) = 0
UNION ALL
SELECT $1, 'became_corroborated', cl.cluster_id, cl.label
FROM clusters cl JOIN kept k ON k.cluster_id = cl.cluster_id
WHERE cl.status = 'corroborated' AND k.old > 0 AND k.corroborated = 0
UNION ALL
SELECT $1, 'became_contested', cl.cluster_id, cl.label
FROM clusters cl JOIN kept k ON k.cluster_id = cl.cluster_id
WHERE cl.status = 'contested' AND k.old > 0 AND k.contested = 0

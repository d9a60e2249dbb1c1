-- Each claim's cluster, from what cross-referencing wrote to claim_clusters.
UPDATE claims
SET cluster_id = claim_clusters.cluster_id
FROM claim_clusters
WHERE claims.claim_id = claim_clusters.claim_id;

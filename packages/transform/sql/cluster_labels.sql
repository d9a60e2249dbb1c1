-- Each cluster's label: the text of the claim cross-referencing chose to represent it.
UPDATE clusters
SET label = claims.text
FROM claim_clusters
JOIN claims ON claims.claim_id = claim_clusters.claim_id
WHERE claim_clusters.is_label AND clusters.cluster_id = claim_clusters.cluster_id;

-- Every claim belongs to a cluster.
SELECT count(*) AS failures FROM claims WHERE cluster_id IS NULL

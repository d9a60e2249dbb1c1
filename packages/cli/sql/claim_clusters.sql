-- Each claim with its cluster and the cluster's status: what the next run compares with.
SELECT claim_id, cluster_id, status FROM claims JOIN clusters USING (cluster_id)

-- Claims of the new release, for the changes table.
SELECT claim_id, cluster_id, text FROM claims ORDER BY claim_id

-- The clusters carried by the most independent sources, optionally of one status.
SELECT cluster_id, label, claim_id, claim_count, source_count, independent_source_count, status, credibility,
       sources, source_ids
FROM briefing_clusters
WHERE $status IS NULL OR status = $status
ORDER BY independent_source_count DESC, source_count DESC, claim_count DESC, credibility, cluster_id
LIMIT $limit

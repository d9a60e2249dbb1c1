-- Clusters of the new release, for the changes table.
SELECT cluster_id, status, label FROM clusters ORDER BY cluster_id

-- Clusters of the briefing by status, and those whose sources include copies of each other.
SELECT count(*)::INTEGER AS clusters,
       count(*) FILTER (WHERE status = 'corroborated')::INTEGER AS corroborated,
       count(*) FILTER (WHERE status = 'contested')::INTEGER AS contested,
       count(*) FILTER (WHERE status = 'single_source')::INTEGER AS single_source,
       count(*) FILTER (WHERE source_count >= 2)::INTEGER AS multi_source,
       count(*) FILTER (WHERE independent_source_count < source_count)::INTEGER AS with_copies
FROM briefing_clusters

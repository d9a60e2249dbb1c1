-- How many changes of each kind the run made, for its log line.
SELECT change, count(*)::INTEGER AS n
FROM changes
GROUP BY change
ORDER BY list_position(['new_claim', 'removed_claim', 'new_cluster', 'became_corroborated', 'became_contested'], change)

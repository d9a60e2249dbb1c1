-- How many places the briefing mentions, and how many of them have coordinates.
SELECT count(DISTINCT e.entity_id)::INTEGER AS places,
       count(DISTINCT e.entity_id) FILTER (WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL)::INTEGER AS located
FROM briefing_mentions m
JOIN entities e ON e.entity_id = m.entity_id
WHERE e.type = 'PLACE'

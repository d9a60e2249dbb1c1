-- Places of the briefing with coordinates, for the map, most mentioned first.
SELECT e.entity_id, e.name, e.country, e.latitude, e.longitude,
       count(*)::INTEGER AS mentions,
       count(DISTINCT m.source_id)::INTEGER AS sources
FROM briefing_mentions m
JOIN entities e ON e.entity_id = m.entity_id
WHERE e.type = 'PLACE' AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
GROUP BY e.entity_id, e.name, e.country, e.latitude, e.longitude
ORDER BY mentions DESC, e.name, e.entity_id
LIMIT $limit

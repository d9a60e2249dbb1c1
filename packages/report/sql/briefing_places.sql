-- Places mentioned in the briefing, most mentioned first, with coordinates where known.
SELECT e.entity_id, e.name, e.country, e.latitude, e.longitude,
       count(*)::INTEGER AS mentions,
       count(DISTINCT m.source_id)::INTEGER AS sources
FROM briefing_mentions m
JOIN entities e ON e.entity_id = m.entity_id
WHERE e.type = 'PLACE'
GROUP BY e.entity_id, e.name, e.country, e.latitude, e.longitude
ORDER BY mentions DESC, e.name, e.entity_id
LIMIT $limit

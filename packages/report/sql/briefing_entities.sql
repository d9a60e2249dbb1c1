-- The most mentioned entities of the briefing, with the labels of the sources mentioning them
-- (the first 30, in source order).
WITH per_source AS (
    SELECT m.entity_id, s.ord, s.label, count(*) AS n
    FROM briefing_mentions m
    JOIN briefing_sources s ON s.source_id = m.source_id
    GROUP BY m.entity_id, s.ord, s.label
)
SELECT e.entity_id, e.name, e.type,
       sum(p.n)::INTEGER AS mentions,
       count(*)::INTEGER AS sources,
       list(p.label ORDER BY p.ord)[1:30] AS source_labels
FROM per_source p
JOIN entities e ON e.entity_id = p.entity_id
GROUP BY e.entity_id, e.name, e.type
ORDER BY mentions DESC, sources DESC, e.name, e.entity_id
LIMIT $limit

-- Sources marked as near-duplicates of an earlier source.
SELECT s.label, s.file, d.label AS original_label, d.file AS original_file
FROM briefing_sources s
JOIN briefing_sources d ON d.source_id = s.duplicate_of
ORDER BY s.ord
LIMIT $limit

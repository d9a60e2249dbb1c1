-- Sources in a stable order (file, then row) for cross-referencing: labels, copies, dates.
SELECT source_id, file, strftime(published_at, '%Y-%m-%d') AS published_at, duplicate_of
FROM sources
ORDER BY file, external_id NULLS FIRST, source_id

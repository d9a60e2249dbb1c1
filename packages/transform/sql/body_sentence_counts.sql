-- How many body sentences (and their sources) the transform will read: progress totals, and
-- whether worker threads pay.
SELECT count(*)::INTEGER AS sentences, count(DISTINCT s.source_id)::INTEGER AS sources
FROM sentences s
WHERE s.kind = 'body' AND s.duplicate_of IS NULL

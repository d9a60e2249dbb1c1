-- Rejected inputs, with their total.
SELECT file, line, reason, count(*) OVER ()::INTEGER AS total
FROM rejects
ORDER BY file, line NULLS FIRST, reason
LIMIT $limit

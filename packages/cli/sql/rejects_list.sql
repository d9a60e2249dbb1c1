-- Rejected inputs, to report on stderr.
SELECT file, reason FROM rejects ORDER BY file, line, reason

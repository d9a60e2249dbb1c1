-- Sentences later stages read: body text only, first copies only (headings, boilerplate
-- and repeated blocks are skipped), in document order, with the source's publication date
-- (dates without a year are resolved against it).
SELECT s.sentence_id, s.source_id, s."start", s."text", strftime(src.published_at, '%Y-%m-%d') AS published_at
FROM sentences s
JOIN sources src USING (source_id)
WHERE s.kind = 'body' AND s.duplicate_of IS NULL
ORDER BY s.source_id, s.position

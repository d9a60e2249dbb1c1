-- Sentences later stages read: body text only, first copies only (headings, boilerplate
-- and repeated blocks are skipped), in document order.
SELECT sentence_id, source_id, "start", "text"
FROM sentences
WHERE kind = 'body' AND duplicate_of IS NULL
ORDER BY source_id, position

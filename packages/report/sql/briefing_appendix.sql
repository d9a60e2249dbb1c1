-- Every claim of the briefing in source order, with its sentence position and offsets.
SELECT b.claim_id, s.label AS source, s.ord, st.position, b.start, b."end", b.claim_type, b.text
FROM briefing_claims b
JOIN briefing_sources s ON s.source_id = b.source_id
LEFT JOIN sentences st ON st.sentence_id = b.sentence_id
ORDER BY s.ord, b.start, b."end", b.claim_id

-- The mentions of the briefing: every mention, or those in the sentences of its claims.
CREATE OR REPLACE TEMP TABLE briefing_mentions AS
SELECT m.mention_id, m.entity_id, m.source_id, m.sentence_id
FROM mentions m
WHERE $entity IS NULL OR m.sentence_id IN (SELECT sentence_id FROM briefing_claims)

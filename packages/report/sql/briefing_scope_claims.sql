-- The claims of the briefing: every claim, or those involving $entity (claim_entities).
CREATE OR REPLACE TEMP TABLE briefing_claims AS
SELECT c.claim_id, c.source_id, c.sentence_id, c.start, c."end", c.text, c.claim_type, c.checkworthiness,
       c.polarity, c.modality, c.attributed_to, c.attribution_cue, c.cluster_id
FROM claims c
WHERE $entity IS NULL OR c.claim_id IN (SELECT claim_id FROM claim_entities WHERE entity_id = $entity)

-- Contradictions between two claims of the briefing.
CREATE OR REPLACE TEMP TABLE briefing_contradictions AS
SELECT r.claim_id, r.other_claim_id, r.score, r.detail
FROM claim_relations r
WHERE r.relation = 'contradicts'
  AND r.claim_id IN (SELECT claim_id FROM briefing_claims)
  AND r.other_claim_id IN (SELECT claim_id FROM briefing_claims)

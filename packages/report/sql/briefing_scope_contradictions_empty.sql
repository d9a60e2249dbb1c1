-- No claim_relations table in the warehouse: no contradictions recorded.
CREATE OR REPLACE TEMP TABLE briefing_contradictions (claim_id VARCHAR, other_claim_id VARCHAR, score DOUBLE, detail VARCHAR)

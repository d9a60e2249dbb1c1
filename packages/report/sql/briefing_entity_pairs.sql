-- Pairs of entities involved in the same claims (claim_entities), most shared claims first.
WITH ce AS (
    SELECT DISTINCT claim_id, entity_id
    FROM claim_entities
    WHERE claim_id IN (SELECT claim_id FROM briefing_claims)
)
SELECT ea.name AS a_name, ea.type AS a_type, eb.name AS b_name, eb.type AS b_type,
       count(*)::INTEGER AS claims,
       count(DISTINCT c.source_id)::INTEGER AS sources
FROM ce a
JOIN ce b ON b.claim_id = a.claim_id AND a.entity_id < b.entity_id
JOIN briefing_claims c ON c.claim_id = a.claim_id
JOIN entities ea ON ea.entity_id = a.entity_id
JOIN entities eb ON eb.entity_id = b.entity_id
GROUP BY a.entity_id, b.entity_id, ea.name, ea.type, eb.name, eb.type
ORDER BY claims DESC, sources DESC, ea.name, eb.name, a.entity_id, b.entity_id
LIMIT $limit

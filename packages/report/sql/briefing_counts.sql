-- Claims of the briefing by voice and type, with the entities, numbers and contradictions they hold.
SELECT count(*)::INTEGER AS claims,
       count(DISTINCT source_id)::INTEGER AS sources_with_claims,
       count(*) FILTER (WHERE modality = 'asserted')::INTEGER AS asserted,
       count(*) FILTER (WHERE modality = 'reported')::INTEGER AS reported,
       count(*) FILTER (WHERE modality = 'hedged')::INTEGER AS hedged,
       coalesce(round(100.0 * count(*) FILTER (WHERE modality = 'asserted') / nullif(count(*), 0)), 0)::INTEGER AS asserted_pct,
       count(*) FILTER (WHERE attributed_to IS NOT NULL)::INTEGER AS attributed,
       count(*) FILTER (WHERE claim_type = 'quantitative')::INTEGER AS quantitative,
       count(*) FILTER (WHERE checkworthiness >= 0.5)::INTEGER AS checkworthy,
       (SELECT count(*) FROM entities WHERE entity_id IN (SELECT entity_id FROM briefing_mentions))::INTEGER AS entities,
       (SELECT count(*) FROM quantities WHERE claim_id IN (SELECT claim_id FROM briefing_claims))::INTEGER AS figures,
       (SELECT count(*) FROM briefing_contradictions)::INTEGER AS contradictions
FROM briefing_claims

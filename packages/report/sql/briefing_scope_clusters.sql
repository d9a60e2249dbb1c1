-- The clusters of the briefing: every cluster, or those holding a claim of the briefing.
-- Only what counts and filters need; briefing_top_clusters adds, for the few clusters a page
-- shows, their label, representative claim and carrying sources (worked out for every
-- cluster, that ran out of memory on large corpora).
CREATE OR REPLACE TEMP TABLE briefing_clusters AS
SELECT cl.cluster_id, cl.claim_count, cl.source_count, cl.independent_source_count, cl.status, cl.credibility
FROM clusters cl
WHERE $entity IS NULL OR cl.cluster_id IN (SELECT cluster_id FROM briefing_claims)

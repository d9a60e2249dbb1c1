-- Drop the briefing's temporary tables.
DROP TABLE IF EXISTS briefing_contradictions;
DROP TABLE IF EXISTS briefing_clusters;
DROP TABLE IF EXISTS briefing_mentions;
DROP TABLE IF EXISTS briefing_claims;
DROP TABLE IF EXISTS briefing_sources;

-- No clusters table in the warehouse (claims not cross-referenced yet): an empty set of clusters.
CREATE OR REPLACE TEMP TABLE briefing_clusters (
    cluster_id VARCHAR,
    claim_count INTEGER, source_count INTEGER, independent_source_count INTEGER,
    status VARCHAR, credibility INTEGER
)

-- The first run has no release before it: every claim and cluster is new.
CREATE OR REPLACE TEMP TABLE release_before (claim_id VARCHAR, cluster_id VARCHAR, status VARCHAR)

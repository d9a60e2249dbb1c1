-- Each claim of the release before this run, with its cluster and the cluster's status: what
-- the change log compares the new release with (changes.sql). Kept for the run only.
CREATE OR REPLACE TEMP TABLE release_before AS
SELECT claim_id, cluster_id, status FROM claims JOIN clusters USING (cluster_id)

-- The claims written aside, each with its cluster_id from what cross-referencing wrote to
-- claim_clusters (Warehouse.rebuildAside: an UPDATE of every claim held them all in memory).
-- Both tables were written in the same claim order, so they are joined row by row, streamed
-- (a join on claim_id hashed every claim: 1 GB more at 100k articles); a claim out of step
-- stops the statement.
SELECT c.* REPLACE (
  CASE WHEN c.claim_id = cc.claim_id THEN cc.cluster_id
       ELSE error('claims and claim_clusters out of step at claim ' || c.claim_id) END AS cluster_id)
FROM claims__new c
POSITIONAL JOIN claim_clusters__new cc

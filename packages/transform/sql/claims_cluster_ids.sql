-- The claims written aside, each with its cluster_id from what cross-referencing wrote to
-- claim_clusters (Warehouse.rebuildAside: an UPDATE of every claim held them all in memory).
SELECT c.* REPLACE (cc.cluster_id AS cluster_id)
FROM claims__new c
JOIN claim_clusters__new cc USING (claim_id)

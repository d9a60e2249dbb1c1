-- The clusters written aside, each with its label: the text of the claim cross-referencing
-- chose to represent it (Warehouse.rebuildAside: rewriting every label in place as an UPDATE
-- held them all in memory).
SELECT cl.* REPLACE (coalesce(c.text, cl.label) AS label)
FROM clusters__new cl
LEFT JOIN claim_clusters__new cc ON cc.cluster_id = cl.cluster_id AND cc.is_label
LEFT JOIN claims__new c ON c.claim_id = cc.claim_id

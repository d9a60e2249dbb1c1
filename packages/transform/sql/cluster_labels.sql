-- The clusters written aside, each with its label: the text of the claim cross-referencing
-- chose to represent it (Warehouse.rebuildAside: rewriting every label in place as an UPDATE
-- held them all in memory). Clusters were written in the order of their label claims, and
-- claims and claim_clusters in claim order, so all three are joined row by row (joins on
-- the ids hashed millions of claims with their text: the step's peak at 100k articles); a
-- row out of step stops the statement.
SELECT cl.* REPLACE (
  CASE WHEN cl.cluster_id = l.cluster_id AND l.claim_id = l.label_claim_id THEN l.text
       ELSE error('clusters and their label claims out of step at cluster ' || cl.cluster_id) END AS label)
FROM clusters__new cl
POSITIONAL JOIN (
  SELECT c.claim_id, c.text, cc.cluster_id, cc.claim_id AS label_claim_id
  FROM claims__new c
  POSITIONAL JOIN claim_clusters__new cc
  WHERE cc.is_label
) l

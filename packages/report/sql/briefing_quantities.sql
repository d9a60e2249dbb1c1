-- The numbers of the briefing's claims grouped by what they count (lower case), largest groups
-- first, each group's values largest first; at most $groups groups of $per_group figures.
WITH q AS (
    SELECT coalesce(nullif(lower(trim(q.counted)), ''), '(not stated)') AS counted,
           q.value, q.unit, q.qualifier, q.text, q.claim_id, q.start,
           s.label AS source, s.ord, c.text AS claim_text
    FROM quantities q
    JOIN briefing_claims c ON c.claim_id = q.claim_id
    JOIN briefing_sources s ON s.source_id = q.source_id
), g AS (
    SELECT counted, count(*) AS n, count(DISTINCT ord) AS sources FROM q GROUP BY counted
), ranked AS (
    SELECT q.*, g.n::INTEGER AS group_size, g.sources::INTEGER AS group_sources,
           dense_rank() OVER (ORDER BY g.n DESC, q.counted) AS group_rank,
           row_number() OVER (PARTITION BY q.counted ORDER BY q.value DESC, q.ord, q.start, q.claim_id) AS row_in_group,
           (SELECT count(*) FROM g)::INTEGER AS groups_total
    FROM q JOIN g ON g.counted = q.counted
)
SELECT counted, value, unit, qualifier, text, claim_id, source, claim_text, group_size, group_sources, groups_total
FROM ranked
WHERE group_rank <= $groups AND row_in_group <= $per_group
ORDER BY group_rank, row_in_group

-- The corpus: sources, publication dates, copies, words and rejected inputs.
SELECT count(*)::INTEGER AS sources,
       min(published_at) AS first_published,
       max(published_at) AS last_published,
       count(*) FILTER (WHERE published_at IS NULL)::INTEGER AS undated,
       count(*) FILTER (WHERE duplicate_of IS NOT NULL)::INTEGER AS duplicates,
       coalesce(sum(word_count), 0)::DOUBLE AS words,
       (SELECT count(*) FROM rejects)::INTEGER AS rejects
FROM briefing_sources

-- The mentions this run's entity step wrote aside (mentions__new, see Warehouse.writeAside),
-- source by source, for the claims pass to read beside each batch's sentences. Within a
-- source they come in the order they were written (rowid): entity by entity.
SELECT mention_id, entity_id, source_id, sentence_id, "start", "end", "text"
FROM mentions__new
ORDER BY source_id, rowid

-- The mentions this run's entity step wrote aside (mentions__new, see Warehouse.writeAside),
-- source by source, for the claims pass to read beside each batch's sentences. Within a
-- source they come in the order they were written (rowid): entity by entity. Only what claims
-- use of a mention is read (each string read back costs the main thread a copy).
SELECT entity_id, source_id, sentence_id, "start", "end"
FROM mentions__new
ORDER BY source_id, rowid

-- The entity a briefing is restricted to, by entity_id, canonical name or alias (any case).
SELECT entity_id, name, type
FROM entities
WHERE entity_id = $entity
   OR lower(name) = lower($entity)
   OR list_contains(list_transform(aliases, lambda a: lower(a)), lower($entity))
ORDER BY entity_id = $entity DESC, lower(name) = lower($entity) DESC, mention_count DESC, entity_id
LIMIT 1

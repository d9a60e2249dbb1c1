-- The entity an operator names on the command line: by ID, name or any alias (any case);
-- an exact name wins, then the most mentioned.
SELECT entity_id, name
FROM entities
WHERE entity_id = $1 OR lower(name) = lower($1) OR list_contains(list_transform(aliases, a -> lower(a)), lower($1))
ORDER BY lower(name) = lower($1) DESC, mention_count DESC, entity_id
LIMIT 1

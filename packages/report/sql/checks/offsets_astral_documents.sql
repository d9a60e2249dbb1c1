-- Documents holding characters beyond U+FFFF, whose offsets are checked in JavaScript.
SELECT source_id, text FROM documents WHERE regexp_matches(text, '[\x{10000}-\x{10FFFF}]')

import { createHash } from 'node:crypto';

/**
 * A deterministic 16-hex-digit ID from its parts. Parts are joined with a NUL byte so
 * ("ab", "c") and ("a", "bc") differ. 64 bits keep collisions negligible below ~10^8 rows.
 */
export function stableId(...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

import { fingerprint } from './fingerprint';

// Near-duplicate documents by MinHash over 5-word shingles with LSH banding: candidate
// pairs share a band, and only those are compared, so the cost grows with the corpus,
// not with its square.
const SHINGLE = 5;
const BANDS = 32;
const ROWS = 4;
const HASHES = BANDS * ROWS;
const BIN_BITS = 7; // 2 ** 7 = HASHES bins
const VALUE_MASK = 2 ** (32 - BIN_BITS) - 1;
const EMPTY = 0xffffffff;
// Added per bin of distance when an empty bin borrows a value; larger than any value.
const DENSIFY_OFFSET = 2 ** (32 - BIN_BITS);

/** FNV-1a hash of each word of a fingerprint (single-spaced words), without splitting it. */
function wordHashes(text: string): Uint32Array {
  const out = new Uint32Array(text.length / 2 + 1);
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (inWord) out[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
      continue;
    }
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  }
  if (inWord) out[n++] = h >>> 0;
  return out.subarray(0, n);
}

/**
 * The MinHash signature of a text by one-permutation hashing: each shingle is hashed once and
 * kept in one of HASHES bins by its top bits (the smallest per bin), instead of being hashed
 * HASHES times; empty bins borrow from the next full one (densification), so short texts
 * still compare. Li, Owen & Zhang 2012; Shrivastava & Li 2014.
 */
export function minhash(text: string): Uint32Array {
  const words = wordHashes(fingerprint(text));
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // A shingle's hash: FNV-1a over its words' hashes (no shingle string is built), then mixed.
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + SHINGLE, words.length); j++) h = Math.imul(h ^ words[j]!, 0x01000193);
    h = mix(h);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < sig[bin]!) sig[bin] = value;
  }
  // Densification: an empty bin takes the value of the next full bin to its right (wrapping),
  // marked by how far it looked, so two texts fill the same empty bins the same way.
  const filled = sig.slice();
  for (let b = 0; b < HASHES; b++) {
    if (sig[b] !== EMPTY) continue;
    for (let d = 1; d < HASHES; d++) {
      const v = sig[(b + d) % HASHES]!;
      if (v === EMPTY) continue;
      filled[b] = (v + d * DENSIFY_OFFSET) >>> 0;
      break;
    }
  }
  return filled;
}

/** A 32-bit finaliser (from MurmurHash3): every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export interface DocumentSignature {
  id: string;
  signature: Uint32Array;
}

/**
 * For each document that nearly duplicates another (estimated Jaccard similarity of its
 * shingles ≥ threshold), the id of its group's canonical copy: the first in `docs` order.
 */
export function nearDuplicates(docs: readonly DocumentSignature[], threshold = 0.7): Map<string, string> {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    docs.forEach((d, i) => {
      const key = d.signature.subarray(band * ROWS, band * ROWS + ROWS).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      // Each member is compared with the bucket's first few only: a large bucket of copies
      // stays linear, and a pair missed here almost always meets in another band.
      for (let x = 1; x < bucket.length; x++) {
        for (let y = 0; y < Math.min(x, 3); y++) {
          const a = find(bucket[y]!);
          const b = find(bucket[x]!);
          if (a !== b && similarity(docs[bucket[x]!]!.signature, docs[bucket[y]!]!.signature) >= threshold) {
            // The earlier document stays the root, so it is the canonical copy.
            if (a < b) parent[b] = a;
            else parent[a] = b;
          }
        }
      }
    }
  }
  const result = new Map<string, string>();
  docs.forEach((d, i) => {
    const root = find(i);
    if (root !== i) result.set(d.id, docs[root]!.id);
  });
  return result;
}

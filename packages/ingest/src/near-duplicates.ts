import { fingerprint } from './fingerprint';

// Near-duplicate documents by MinHash over 5-word shingles with LSH banding: candidate
// pairs share a band, and only those are compared, so the cost grows with the corpus,
// not with its square.
const SHINGLE = 5;
const BANDS = 32;
const ROWS = 4;
const HASHES = BANDS * ROWS;

// Fixed odd multipliers and offsets (from a seeded generator) so signatures are the same on every machine.
const MULT = new Uint32Array(HASHES);
const ADD = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    MULT[i] = next() | 1;
    ADD[i] = next();
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function minhash(text: string): Uint32Array {
  const words = fingerprint(text).split(' ').filter(Boolean);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, MULT[k]!) + ADD[k]!) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
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

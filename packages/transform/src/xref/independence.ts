import { hash } from 'node:crypto';

export interface SourceInfo {
  source_id: string;
  file: string;
  published_at: string | null;
  duplicate_of: string | null;
}

// Sources sharing this many long sentences word for word copy one another.
const SHARED_SENTENCES = 2;
const LONG_SENTENCE_WORDS = 12;
// A sentence found in more sources than this is a template line, not a copied passage.
const MAX_HOLDERS = 50;

/**
 * What CopyFinder knows a sentence by: a 52-bit hash of its words (exact in a double), or NaN
 * for a sentence too short to show copying. Worked out with the sentence's other per-sentence
 * work (on a worker thread), so only a number per sentence reaches the finder.
 */
export function copyKey(text: string): number {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (words.split(' ').length < LONG_SENTENCE_WORDS) return Number.NaN;
  return parseInt(hash('sha1', words, 'hex').slice(0, 13), 16);
}

/**
 * Groups of sources that are not independent of each other: near-duplicates found at
 * ingest (sources.duplicate_of) and sources sharing long passages word for word. Sentences
 * are added batch by batch as they stream past (add, by copyKey), and groups() maps each source to its
 * group's representative (the first of the group in `sources` order).
 */
export class CopyFinder {
  private readonly index: Map<string, number>;
  // The sources holding each long sentence, by a 52-bit hash of its words (every long
  // sentence of the corpus is a key: its text would cost several times more): most are held
  // by one source, kept as a number, a list only for the few held by several.
  private readonly holders = new Map<number, number | number[]>();

  constructor(private readonly sources: SourceInfo[]) {
    this.index = new Map(sources.map((s, i) => [s.source_id, i]));
  }

  /** Adds sentences by their copyKey() (NaN for short sentences, which are skipped), given with their source. */
  add(sources: readonly string[], keys: ArrayLike<number>): void {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (Number.isNaN(key)) continue;
      const source = this.index.get(sources[i]!)!;
      const held = this.holders.get(key);
      if (held === undefined) this.holders.set(key, source);
      else if (typeof held === 'number') {
        if (held !== source) this.holders.set(key, [held, source]);
      } else if (held.length <= MAX_HOLDERS && !held.includes(source)) held.push(source);
    }
  }

  groups(): Map<string, string> {
    const { sources, index } = this;
    const parent = sources.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const union = (a: number, b: number) => {
      const [x, y] = [find(a), find(b)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    };
    for (const s of sources) {
      if (s.duplicate_of && index.has(s.duplicate_of)) union(index.get(s.source_id)!, index.get(s.duplicate_of)!);
    }
    const sharedCount = new Map<string, number>();
    for (const held of this.holders.values()) {
      if (typeof held === 'number' || held.length > MAX_HOLDERS) continue;
      const list = [...held].sort((a, b) => a - b);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const k = `${list[i]}:${list[j]}`;
          const n = (sharedCount.get(k) ?? 0) + 1;
          sharedCount.set(k, n);
          if (n === SHARED_SENTENCES) union(list[i]!, list[j]!);
        }
      }
    }
    return new Map(sources.map((s, i) => [s.source_id, sources[find(i)]!.source_id]));
  }
}

export interface SourceInfo {
  source_id: string;
  file: string;
  published_at: string | null;
  duplicate_of: string | null;
}

// Sources sharing this many long sentences word for word copy one another.
const SHARED_SENTENCES = 2;
const LONG_SENTENCE_WORDS = 12;

/**
 * Groups of sources that are not independent of each other: near-duplicates found at
 * ingest (sources.duplicate_of) and sources sharing long passages word for word. Each
 * source maps to its group's representative (the first of the group in `sources` order).
 */
export function independentGroups(sources: SourceInfo[], sentences: { source_id: string; text: string }[]): Map<string, string> {
  const index = new Map(sources.map((s, i) => [s.source_id, i]));
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
  const holders = new Map<string, Set<number>>();
  for (const s of sentences) {
    const key = s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (key.split(' ').length < LONG_SENTENCE_WORDS) continue;
    const set = holders.get(key) ?? new Set<number>();
    set.add(index.get(s.source_id)!);
    holders.set(key, set);
  }
  const sharedCount = new Map<string, number>();
  for (const set of holders.values()) {
    if (set.size < 2 || set.size > 50) continue;
    const list = [...set].sort((a, b) => a - b);
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

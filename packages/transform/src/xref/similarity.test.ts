import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from './embeddings';
import type { Term } from './features';
import { PairCache } from './similarity';

const term = (id: number, lemma: string): Term => ({ id, lemma, cls: 'n', synsets: [], hypernyms: [], synsetIds: new Int32Array(0), hypernymIds: new Int32Array(0), common: false, rank: Embeddings.get().rank(lemma) ?? -1 });
let words: Term[];

describe('PairCache', () => {
  // On a fresh install the first use builds the word-vector cache from the npm package: seconds.
  beforeAll(() => {
    words = ['haven', 'sanctuary', 'refuge', 'border', 'attack', 'militant', 'terrorist', 'extremist', 'network', 'group'].map((w, i) => term(i, w));
  }, 180_000);

  it('gives the same score for a pair either way round, and the same as a fresh cache', () => {
    const cache = new PairCache(12);
    for (const a of words) for (const b of words) expect(cache.score(a, b)).toBe(new PairCache(12).score(b, a));
    expect(cache.score(words[6]!, words[7]!)).toBeGreaterThan(cache.score(words[6]!, words[3]!));
  });

  it('still answers right after it fills up and starts again (8 slots for 45 pairs)', () => {
    const small = new PairCache(3);
    const large = new PairCache(12);
    for (let round = 0; round < 2; round++) {
      for (const a of words) for (const b of words) if (a.id < b.id) expect(small.score(a, b)).toBe(large.score(a, b));
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from './embeddings';
import type { Claim } from '@corroborate/tables';
import { ClaimFeatureStore, type Term } from './features';
import { WordNet } from './lexicon';
import { forgetWordPairs, PairCache, Rarity, similarity } from './similarity';

const term = (id: number, lemma: string): Term => ({ id, lemma, cls: 'n', synsets: [], hypernyms: [], synsetIds: new Int32Array(0), hypernymIds: new Int32Array(0), rank: Embeddings.get().rank(lemma) ?? -1 });
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

describe('similarity', () => {
  beforeAll(() => void Embeddings.get(), 180_000);

  const claim = (id: string, text: string): Claim => ({
    claim_id: id, source_id: `s-${id}`, sentence_id: `x-${id}`, start: 0, end: text.length, text, claim_type: 'characterization', checkworthiness: 0.5,
    polarity: 'affirmed', modality: 'asserted', attributed_to: null, attribution_cue: null, time_text: null, time_start: null, time_end: null,
    cluster_id: null, parent_claim_id: null,
  });
  const storeOf = (words: string[]): ClaimFeatureStore => {
    const store = new ClaimFeatureStore();
    words.forEach((w, i) => store.add(claim(`c${i}`, w), w, [], [], WordNet.get()));
    return store;
  };

  // Scores of a claim's words are kept while it is compared with its candidates: claim 0 of
  // another store has other words, and must not be scored with the first store's.
  it('scores claim 0 of a second store on its own words', () => {
    const first = storeOf(['n:haven n:terrorist n:organization', 'n:sanctuary n:extremist n:network']);
    const second = storeOf(['n:border n:fence n:construction', 'n:sanctuary n:extremist n:network']);
    const rarity = (store: ClaimFeatureStore) => new Rarity(store.count);
    const before = similarity(first, 0, 1, rarity(first)).score;
    const other = similarity(second, 0, 1, rarity(second)).score;
    forgetWordPairs();
    expect(similarity(second, 0, 1, rarity(second)).score).toBe(other);
    expect(other).toBeLessThan(before);
  });
});

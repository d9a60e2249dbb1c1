import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from './embeddings';
import type { Claim } from '@corroborate/tables';
import { ClaimFeatureStore } from './features';
import { WordNet } from './lexicon';
import { forgetClaimColumns, Rarity, similarity } from './similarity';

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
    forgetClaimColumns();
    expect(similarity(second, 0, 1, rarity(second)).score).toBe(other);
    expect(other).toBeLessThan(before);
  });
});

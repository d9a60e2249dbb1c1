import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from './embeddings';
import type { Claim } from '@corroborate/tables';
import { ClaimFeatureStore, termAt } from './features';
import { WordNet } from './lexicon';
import { ClaimConcepts, forgetClaimColumns, Rarity, similarity, wordNetScore } from './similarity';

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

describe('ClaimConcepts', () => {
  beforeAll(() => void WordNet.get(), 180_000);

  // A claim's WordNet relations to a word, read from its concepts at once, are wordNetScore()'s, word by word.
  it('relates every word of a claim to another word as wordNetScore does', () => {
    const words = 'n:haven n:sanctuary n:refuge n:shelter n:terrorist n:extremist n:militant n:group n:organization n:network v:attack n:attack v:strike n:border n:frontier n:boundary v:shelter v:protect v:defend n:army n:force n:troop a:military n:country n:state n:nation';
    const store = new ClaimFeatureStore();
    const claim = { claim_id: 'c', source_id: 's', sentence_id: 'x', start: 0, end: 1, text: 'x', claim_type: 'characterization', checkworthiness: 0.5, polarity: 'affirmed', modality: 'asserted', attributed_to: null, attribution_cue: null, time_text: null, time_start: null, time_end: null, cluster_id: null, parent_claim_id: null } as const;
    store.add(claim, words, [], [], WordNet.get());
    const terms = store.termPool.data;
    const n = store.termFrom.data[1]!;
    expect(n).toBeGreaterThan(20);
    const concepts = new ClaimConcepts();
    concepts.start(terms, 0, n);
    const seen = new Set<number>();
    for (let j = 0; j < n; j++) {
      const o = termAt(terms[j]!);
      concepts.relate(o);
      for (let i = 0; i < n; i++) {
        const x = termAt(terms[i]!);
        const bitwise = x.cls !== o.cls ? 0 : (concepts.synonyms >>> i) & 1 ? 0.8 : (concepts.related >>> i) & 1 ? 0.5 : 0;
        expect(bitwise, `${x.lemma} / ${o.lemma}`).toBe(wordNetScore(x, o));
        if (i !== j) seen.add(bitwise);
      }
    }
    // Synonyms, related words and unrelated ones all occur among these words.
    expect([...seen].sort()).toEqual([0, 0.5, 0.8]);
  });
});

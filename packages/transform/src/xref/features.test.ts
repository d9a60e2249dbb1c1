import type { Claim } from '@corroborate/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { Embeddings } from './embeddings';
import { blockingKeys, ClaimFeatureStore, claimWords } from './features';
import { WordNet } from './lexicon';

const SENTENCE = 'The Taliban regime, which seized power in Kabul in 2021, has shown itself unable to act.';

function claim(text: string): Claim {
  return {
    claim_id: '00000000000000c1', source_id: 's1', sentence_id: 'x1', start: 0, end: text.length, text, claim_type: 'factual', checkworthiness: 0.5,
    polarity: 'affirmed', modality: 'asserted', attributed_to: null, attribution_cue: null, time_text: null, time_start: null, time_end: null,
    cluster_id: null, parent_claim_id: null,
  };
}

// Terms are marked common or not from the word vectors: on a fresh install their first use
// builds the vector cache from the npm package, which takes seconds.
beforeAll(() => void Embeddings.get(), 180_000);

describe('claimWords', () => {
  const tokens = tokenize(SENTENCE);
  const at = (word: string) => tokens.findIndex((t) => t.text === word);

  it('writes content words as class:lemma and marks where a part of the claim begins', () => {
    const words = claimWords(tokens, 0, tokens.length).split(' ');
    expect(words).toContain('n:regime');
    expect(words).toContain('v:seize');
    expect(words).toContain('n:power');
    expect(words).not.toContain('n:the');
    expect(words.indexOf('|')).toBeGreaterThan(words.indexOf('n:regime'));
    expect(words.indexOf('|')).toBeLessThan(words.indexOf('v:seize'));
  });

  it('leaves out the words of a nested proposition', () => {
    const nested = { from: at('which'), to: at('2021') + 1 };
    const words = claimWords(tokens, 0, tokens.length, [nested]).split(' ');
    expect(words).not.toContain('v:seize');
    expect(words).not.toContain('n:power');
    expect(words).toContain('v:show');
  });
});

describe('claimFeatures', () => {
  it('reads the words back into terms, parts and main verbs, and finds the claim by them', () => {
    const tokens = tokenize(SENTENCE);
    const store = new ClaimFeatureStore();
    store.add(claim(SENTENCE), claimWords(tokens, 0, tokens.length), [{ claim_id: 'c1', entity_id: 'e-kabul', role: 'location' }], [], WordNet.get());
    const f = store.features(0);
    expect(f.terms.map((t) => t.lemma)).toEqual(expect.arrayContaining(['regime', 'seize', 'power', 'show']));
    expect(f.segments.length).toBeGreaterThan(1);
    expect(f.verbs.map((t) => t.lemma)).toEqual(expect.arrayContaining(['seize', 'show']));
    expect(f.locations).toEqual(['e-kabul']);
    const keys = blockingKeys(store, 0);
    expect(keys).toContain('w:seize');
    expect(keys).toContain('e:e-kabul');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ClaimFeatureStore', () => {
  it('gives back each claim as it was added, in columns shared by all claims', () => {
    const store = new ClaimFeatureStore();
    const wordnet = WordNet.get();
    const first = { ...claim('Militants killed 12 soldiers in Kurram in March 2024.'), claim_id: 'ffffffff00000001', source_id: 's1', time_start: '2024-03-01', time_end: '2024-03-31' };
    const second = { ...claim('The ministry denied it.'), claim_id: '0123456789abcdef', source_id: 's2', polarity: 'negated' as const, attributed_to: 'e-ministry', checkworthiness: 0.25 };
    const figure = { claim_id: first.claim_id, source_id: 's1', quantity_id: 'q1', cluster_id: null, start: 16, end: 27, text: '12 soldiers', value: 12, unit: null, counted: 'Soldiers', qualifier: null };
    store.add(first, 'v:kill n:soldier | n:kurram n:march', [{ claim_id: first.claim_id, entity_id: 'e-kurram', role: 'location' }, { claim_id: first.claim_id, entity_id: 'e-kurram', role: 'object' }], [figure], wordnet);
    store.add(second, 'n:ministry v:deny', [{ claim_id: second.claim_id, entity_id: 'e-ministry', role: 'speaker' }], [], wordnet);
    expect(store.count).toBe(2);
    const a = store.features(0);
    expect(a.claim).toEqual({ claim_id: 'ffffffff00000001', source_id: 's1', start: 0, checkworthiness: 0.5, claim_type: 'factual', modality: 'asserted', attributed_to: null });
    expect(a.terms.map((t) => t.lemma)).toEqual(['kill', 'soldier', 'kurram', 'march']);
    expect(a.segments).toEqual([[0, 2], [2, 4]]);
    expect(a.verbs.map((t) => t.lemma)).toEqual(['kill']);
    expect(a.entities).toEqual(['e-kurram']);
    expect(a.locations).toEqual(['e-kurram']);
    expect(a.figures).toEqual([{ value: 12, unit: null, counted: 'soldiers', qualifier: null, text: '12 soldiers' }]);
    expect(a.time).toEqual({ start: '2024-03-01', end: '2024-03-31' });
    expect(a.negated).toBe(false);
    const b = store.features(1);
    expect(b.claim).toMatchObject({ claim_id: '0123456789abcdef', source_id: 's2', checkworthiness: 0.25, attributed_to: 'e-ministry' });
    // The speaker is who asserts the claim, not what it is about.
    expect(b.entities).toEqual([]);
    expect(b.segments).toEqual([[0, 2]]);
    expect(b.figures).toEqual([]);
    expect(b.time).toBeNull();
    expect(b.negated).toBe(true);
  });

  it('gives back the same claims after trim(), and takes more after it', () => {
    const store = new ClaimFeatureStore();
    const wordnet = WordNet.get();
    const add = (i: number) => {
      const c = { ...claim(`claim ${i}`), claim_id: i.toString(16).padStart(16, '0'), source_id: `s${i % 5}`, start: i, checkworthiness: (i % 7) / 7 };
      // Every fourth claim reports two figures (one with a unit and a qualifier).
      const figure = (k: number, unit: string | null, qualifier: string | null) => ({ claim_id: c.claim_id, source_id: c.source_id, quantity_id: `q${i}-${k}`, cluster_id: null, start: 0, end: 5, text: `${i + k} x`, value: i + k, unit, counted: k ? null : 'Soldiers', qualifier });
      const figures = i % 4 ? [] : [figure(0, null, null), figure(1, 'USD', 'over')];
      store.add(c, i % 2 ? 'v:kill n:soldier | n:kurram' : 'n:ministry v:deny', i % 3 ? [{ claim_id: c.claim_id, entity_id: `e${i % 11}`, role: 'object' }] : [], figures, wordnet);
    };
    for (let i = 0; i < 3000; i++) add(i);
    const before = Array.from({ length: store.count }, (_, i) => store.features(i));
    expect(before[8]!.figures).toEqual([{ value: 8, unit: null, counted: 'soldiers', qualifier: null, text: '8 x' }, { value: 9, unit: 'USD', counted: null, qualifier: 'over', text: '9 x' }]);
    expect(before[9]!.figures).toEqual([]);
    store.trim();
    expect(Array.from({ length: store.count }, (_, i) => store.features(i))).toEqual(before);
    add(3000);
    expect(store.features(3000).claim.claim_id).toBe('0000000000000bb8');
    expect(store.features(2999)).toEqual(before[2999]);
  });

  it('tells claims that name only different places from those sharing one or naming none', () => {
    const store = new ClaimFeatureStore();
    const places = [['e-kabul'], ['e-kurram', 'e-kabul'], ['e-kurram'], []];
    places.forEach((ids, i) => store.add({ ...claim('x'), claim_id: `c${i}` }, '', ids.map((id) => ({ claim_id: `c${i}`, entity_id: id, role: 'location' as const })), [], WordNet.get()));
    expect(store.placesDiffer(0, 2)).toBe(true);
    expect(store.placesDiffer(2, 0)).toBe(true);
    expect(store.placesDiffer(0, 1)).toBe(false);
    expect(store.placesDiffer(1, 2)).toBe(false);
    expect(store.placesDiffer(0, 3)).toBe(false);
    expect(store.placesDiffer(3, 3)).toBe(false);
  });

  it('gives back claim ids as they came, 16 hex digits (kept as two 32-bit halves) or not', () => {
    const store = new ClaimFeatureStore();
    for (const id of ['00000000000000c1', 'ffffffff80000000', 'c1']) store.add({ ...claim('x'), claim_id: id }, '', [], [], WordNet.get());
    expect([0, 1, 2].map((i) => store.claimId(i))).toEqual(['00000000000000c1', 'ffffffff80000000', 'c1']);
  });
});

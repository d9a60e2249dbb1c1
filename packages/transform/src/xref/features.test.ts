import type { Claim } from '@corroborate/tables';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { blockingKeys, claimFeatures, claimWords } from './features';
import { WordNet } from './lexicon';

const SENTENCE = 'The Taliban regime, which seized power in Kabul in 2021, has shown itself unable to act.';

function claim(text: string): Claim {
  return {
    claim_id: 'c1', source_id: 's1', sentence_id: 'x1', start: 0, end: text.length, text, claim_type: 'factual', checkworthiness: 0.5,
    polarity: 'affirmed', modality: 'asserted', attributed_to: null, attribution_cue: null, time_text: null, time_start: null, time_end: null,
    cluster_id: null, parent_claim_id: null,
  };
}

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
    const f = claimFeatures(claim(SENTENCE), claimWords(tokens, 0, tokens.length), [{ claim_id: 'c1', entity_id: 'e-kabul', role: 'location' }], [], WordNet.get());
    expect(f.terms.map((t) => t.lemma)).toEqual(expect.arrayContaining(['regime', 'seize', 'power', 'show']));
    expect(f.segments.length).toBeGreaterThan(1);
    expect(f.verbs.map((t) => t.lemma)).toEqual(expect.arrayContaining(['seize', 'show']));
    expect(f.locations).toEqual(['e-kabul']);
    const keys = blockingKeys(f);
    expect(keys).toContain('w:seize');
    expect(keys).toContain('e:e-kabul');
    expect(new Set(keys).size).toBe(keys.length);
  });
});

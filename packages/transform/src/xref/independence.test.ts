import { describe, expect, it } from 'vitest';
import { copyKey, CopyFinder, type SourceInfo } from './independence';

const source = (id: string, duplicate_of: string | null = null): SourceInfo => ({ source_id: id, file: `${id}.txt`, published_at: null, duplicate_of });
const LONG_A = 'The ministry said on Tuesday that the new border crossing would open to trade within two weeks.';
const LONG_B = 'Officials from both countries met in the capital to agree the customs rules for the crossing.';
const SHORT = 'Trade will resume soon.';

const add = (finder: CopyFinder, sentences: { source_id: string; text: string }[]) =>
  finder.add(
    sentences.map((s) => s.source_id),
    sentences.map((s) => copyKey(s.text)),
  );

describe('CopyFinder', () => {
  it('groups sources that share two long sentences word for word, or that ingest found to be copies', () => {
    const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => source(id, id === 'e' ? 'd' : null));
    const sentences = [
      { source_id: 'a', text: LONG_A },
      { source_id: 'a', text: LONG_B },
      { source_id: 'b', text: LONG_A.toUpperCase() },
      { source_id: 'b', text: `${LONG_B}!` },
      // One shared long sentence and shared short ones are not enough.
      { source_id: 'c', text: LONG_A },
      { source_id: 'c', text: SHORT },
      { source_id: 'd', text: SHORT },
    ];
    // Sentences arrive batch by batch; a copied pair may straddle two batches.
    const finder = new CopyFinder(sources);
    add(finder, sentences.slice(0, 3));
    add(finder, sentences.slice(3));
    const groups = finder.groups();
    expect(Object.fromEntries(groups)).toEqual({ a: 'a', b: 'a', c: 'c', d: 'd', e: 'd' });
  });

  it('does not take a line found in many sources (a template) as copying', () => {
    const sources = Array.from({ length: 60 }, (_, i) => source(`s${String(i).padStart(2, '0')}`));
    const sentences = sources.flatMap((s) => [LONG_A, LONG_B].map((text) => ({ source_id: s.source_id, text })));
    const finder = new CopyFinder(sources);
    add(finder, sentences);
    const groups = finder.groups();
    expect(new Set(groups.values()).size).toBe(60);
  });
});

describe('copyKey', () => {
  it('keys a long sentence by its words (case and punctuation aside) and skips short ones', () => {
    expect(copyKey(LONG_A)).toBe(copyKey(`${LONG_A.toUpperCase()}!!`));
    expect(copyKey(LONG_A)).not.toBe(copyKey(LONG_B));
    expect(Number.isSafeInteger(copyKey(LONG_A))).toBe(true);
    expect(copyKey(SHORT)).toBeNaN();
  });
});

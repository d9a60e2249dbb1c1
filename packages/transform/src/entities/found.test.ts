import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { Found, gazetteerRefsOf, SentenceRefs } from './found';
import { indexGazetteer } from './gazetteer';
import type { SentenceFindings } from './resolve';

const gazetteer = indexGazetteer([{ name: 'Kabul', type: 'PLACE', aliases: [], wikidataId: null, latitude: 34.5, longitude: 69.2, country: 'AF' }]);
const kabul = gazetteer.entries[0]!;
const candidate = (text: string, more: Partial<Candidate> = {}): Candidate => ({ start: 4, end: 4 + text.length, text, key: text.toLowerCase(), type: null, gazetteer: null, titled: false, initial: false, pos: 'PROPN', ...more });

describe('Found', () => {
  it('gives back every candidate as it was, numbered in order with its sentence, over many batches', () => {
    // Sentence ids as the pipeline makes them (16 hex digits), and one that is not.
    const sentences = Array.from({ length: 3000 }, (_, i) => ({ sentence_id: i === 7 ? 's7' : i.toString(16).padStart(16, 'a'), source_id: `src${i % 7}`, start: 100 * i }));
    const found = new Found(SentenceRefs.of(sentences));
    const expected: { c: Candidate; sentence: number }[] = [];
    for (let first = 0; first < sentences.length; first += 1000) {
      const batch: SentenceFindings[] = Array.from({ length: 1000 }, (_, i) => {
        const n = first + i;
        const candidates = n % 3 === 0 ? [] : [candidate(n % 2 ? 'Kabul' : `Name${n % 50}`, { gazetteer: n % 2 ? kabul : null, titled: n % 5 === 0, initial: n % 7 === 0, type: n % 11 === 0 ? 'PERSON' : null, pos: n % 13 ? 'PROPN' : 'NOUN' }), candidate('Tovan Erdalsky', { start: 20, end: 34 })];
        for (const c of candidates) expected.push({ c: { ...c }, sentence: n });
        return { candidates, acronyms: n === 5 ? [['BVR', 'brotherhood of vardan ridge']] : [] };
      });
      found.addFindings(batch, gazetteerRefsOf(batch, gazetteer), first);
    }
    expect(found.count).toBe(expected.length);
    expected.forEach(({ c, sentence }, k) => {
      expect({ start: found.start(k), end: found.end(k), text: found.text(k), key: found.key(k), type: found.type(k), gazetteer: found.gazetteer(k, gazetteer), titled: found.titled(k), initial: found.initial(k), pos: found.pos(k) }).toEqual(c);
      const s = found.sentence(k);
      expect(s).toBe(sentence);
      expect({ sentence_id: found.sentences.sentenceId(s), source_id: found.sourceId(k), start: found.sentences.start(s) }).toEqual(sentences[sentence]);
    });
    expect(found.acronyms).toEqual([['BVR', 'brotherhood of vardan ridge']]);
  });

  it('refuses gazetteer references that do not match the candidates', () => {
    const found = new Found(SentenceRefs.of([{ sentence_id: 's', source_id: 'a', start: 0 }]));
    expect(() => found.addFindings([{ candidates: [candidate('Kabul')], acronyms: [] }], Int32Array.from([]), 0)).toThrow(/0 gazetteer references for 1 candidates/);
  });
});

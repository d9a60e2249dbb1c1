import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { sentenceCandidates } from './candidates';
import { EMPTY_GAZETTEER, indexGazetteer } from './gazetteer';

const found = (s: string, gz = EMPTY_GAZETTEER) => sentenceCandidates(s, tokenize(s), gz).map((c) => [s.slice(c.start, c.end), c.type]);

describe('name candidates', () => {
  it('keeps transliterated names with particles whole', () => {
    // "Fighters" opens the sentence: a candidate that resolution drops unless known elsewhere.
    expect(found('Fighters of the Tehreek\u2011e\u2011Taliban Pakistan and Lashkar-e-Islam crossed into Shahr-e-Naw.')).toEqual([
      ['Fighters', null],
      ['Tehreek\u2011e\u2011Taliban Pakistan', 'ORG'],
      ['Lashkar-e-Islam', 'ORG'],
      ['Shahr-e-Naw', null],
    ]);
  });

  it('splits titles from the person and the nationality before them', () => {
    expect(found('He met Afghan Foreign Minister Amir Khan Muttaqi in Kabul.')).toEqual([
      ['Afghan', null],
      ['Amir Khan Muttaqi', 'PERSON'],
      ['Kabul', null],
    ]);
  });

  it('finds names inside hyphenated compounds and drops possessives', () => {
    expect(found('The anti-Pakistan groups and Taliban-backed militants met in post-Soviet Kabul’s centre.')).toEqual([
      ['Pakistan', null],
      ['Taliban', null],
      ['Soviet', null],
      ['Kabul', null],
    ]);
  });

  it('types names by their head word and joins event nouns', () => {
    expect(found('The Hafiz Gul Bahadur Group ignored the Doha agreement and the Moscow Format.')).toEqual([
      ['Hafiz Gul Bahadur Group', 'ORG'],
      ['Doha agreement', 'EVENT'],
      ['Moscow Format', 'EVENT'],
    ]);
  });

  it('keeps "of" only inside organisation names', () => {
    expect(found('The Islamic Movement of Uzbekistan left; they cleansed Afghanistan of TTP fighters.')).toEqual([
      ['Islamic Movement of Uzbekistan', 'ORG'],
      ['Afghanistan', null],
      ['TTP', 'ORG'],
    ]);
  });

  it('matches gazetteer names with lower-case words inside', () => {
    const gz = indexGazetteer([
      { name: 'ISIL and Al-Qaida Sanctions Committee', type: 'ORG', aliases: [], wikidataId: null, latitude: null, longitude: null, country: null },
    ]);
    expect(found('A meeting of the ISIL and Al Qaeda Sanctions Committee, at the UN.', gz)).toEqual([
      ['ISIL and Al Qaeda Sanctions Committee', 'ORG'],
      ['UN', 'ORG'],
    ]);
  });

  it('marks words that open a clause', () => {
    const s = 'The choice rests with Kabul: Will it continue?';
    const c = sentenceCandidates(s, tokenize(s), EMPTY_GAZETTEER);
    expect(c.map((x) => [x.text, x.initial])).toEqual([['Kabul', false]]);
  });
});

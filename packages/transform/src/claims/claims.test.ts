import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '@corroborate/tables';
import { tokenize } from '../tokens';
import { findAttribution } from './attribution';
import { splitClauses } from './clauses';
import { extractClaims, type ClaimSentence } from './extract-claims';

const clauses = (s: string) => {
  const t = tokenize(s);
  return splitClauses(t).map((c) => s.slice(t[c.from]!.start, t[c.to - 1]!.end));
};
const attribution = (s: string) => {
  const t = tokenize(s);
  const a = findAttribution(t, { from: 0, to: t.length });
  return a && [s.slice(t[a.speaker.from]!.start, t[a.speaker.to - 1]!.end), s.slice(t[a.cue.from]!.start, t[a.cue.to - 1]!.end)];
};

describe('clauses', () => {
  it('splits independent assertions, not lists or quotations', () => {
    expect(clauses('Islamabad maintains that attacks are planned there, while the Taliban government denies the allegations.')).toEqual([
      'Islamabad maintains that attacks are planned there',
      'the Taliban government denies the allegations.',
    ]);
    expect(clauses('Russia, China, and Iran raised alarms.')).toEqual(['Russia, China, and Iran raised alarms.']);
    // A list inside a clause that already has a verb is still a list.
    const list = 'Its territory has become a sanctuary, where groups such as al-Qaida, Islamic State, and affiliates of the TTP can operate freely.';
    expect(clauses(list)).toEqual([list]);
    expect(clauses('The army shelled the border, the police closed the roads, and the ministry issued a statement.')).toEqual([
      'The army shelled the border, the police closed the roads',
      'the ministry issued a statement.',
    ]);
    expect(clauses('“It may be understandable, but it is dangerous,” said an expert.')).toEqual(['“It may be understandable, but it is dangerous,” said an expert.']);
  });
});

describe('attribution', () => {
  it.each([
    ['Denmark, as chair, warned that the TTP poses a serious threat.', ['Denmark', 'warned']],
    ['According to multiple sources, the leadership fears a crackdown.', ['multiple sources', 'According to']],
    ['“Harbouring these groups enables violence,” said a regional security expert.', ['a regional security expert', 'said']],
    ['The talks will resume next week, officials said.', ['officials', 'said']],
    ['Security officials and regional observers believe this hesitation is not without reason.', ['Security officials and regional observers', 'believe']],
    ['Experts warn that the tolerance of extremist groups represents a threat.', ['Experts', 'warn']],
    ['They accuse Pakistan of targeting women and children.', ['They', 'accuse']],
  ])('%s', (sentence, expected) => expect(attribution(sentence)).toEqual(expected));

  it.each([
    'Recent developments underscore the alarming reality that terrorism continues.',
    'Pakistan may maintain pragmatic relations with Kabul.',
    'The challenge is to balance security with engagement, asserting the right to protect its borders.',
  ])('%s has no speaker', (sentence) => expect(attribution(sentence)).toBeNull());
});

function claimsOf(texts: string[], published: string | null = null, mentions: Mention[] = [], entities: Entity[] = []) {
  let offset = 0;
  const sentences: ClaimSentence[] = texts.map((text, i) => {
    const s = { sentence_id: `s${i}`, source_id: 'src', start: offset, text, published_at: published };
    offset += text.length + 1;
    return s;
  });
  return { sentences, ...extractClaims(sentences, mentions, entities) };
}

describe('claims', () => {
  it('types claims, their polarity and modality', () => {
    const { claims } = claimsOf([
      'In its first year, the IMP claimed over 150 violent incidents.',
      'The Taliban must recognize that cooperation is essential.',
      'Cross-border attacks will persist without concrete action.',
      'Pakistan has repeatedly carried out defensive airstrikes in Paktika.',
      'The Taliban government denies the allegations.',
      'The regime has shown itself incapable of acting responsibly.',
      'A crackdown could backfire, pushing fighters into the arms of ISKP.',
      'The TTP is not a local movement.',
      'Will the Taliban ever act?',
    ]);
    expect(claims.map((c) => [c.claim_type, c.polarity, c.modality])).toEqual([
      ['quantitative', 'affirmed', 'reported'],
      ['normative', 'affirmed', 'asserted'],
      ['prediction', 'affirmed', 'asserted'],
      ['event', 'affirmed', 'asserted'],
      ['attribution', 'negated', 'reported'],
      ['characterization', 'affirmed', 'asserted'],
      ['prediction', 'affirmed', 'hedged'],
      ['characterization', 'negated', 'asserted'],
    ]);
    expect(claims[0]).toMatchObject({ attributed_to: 'the IMP', attribution_cue: 'claimed' });
  });

  it('scores checkable facts above 0.5 and opinions below', () => {
    const { claims } = claimsOf([
      'This year alone, 1,873 militants, including 136 Afghans, were neutralized in counter-terrorism operations.',
      'The Taliban must recognize that cooperation is not optional.',
      'The situation is deeply troubling and dangerous.',
    ]);
    expect(claims[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(claims[1]!.checkworthiness).toBeLessThan(0.5);
    expect(claims[2]!.checkworthiness).toBeLessThan(0.5);
    for (const c of claims) expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
  });

  it('extracts numbers and times with offsets into the document', () => {
    const { sentences, claims, quantities } = claimsOf(
      ['Since reclaiming power in August 2021, the Taliban have allowed over 150 attacks along the 1,229\u2011kilometre border.', 'The committee met on 20 November.'],
      '2025-12-01',
    );
    const doc = sentences.map((s) => s.text).join(' ');
    for (const x of [...claims, ...quantities]) expect(doc.slice(x.start, x.end)).toBe(x.text);
    expect(quantities.map((q) => [q.text, q.value, q.unit, q.qualifier])).toEqual([
      ['over 150', 150, null, 'over'],
      ['1,229\u2011kilometre', 1229, 'km', null],
    ]);
    expect(claims.filter((c) => !c.parent_claim_id).map((c) => [c.time_text, c.time_start, c.time_end])).toEqual([
      ['August 2021', '2021-08-01', '2021-08-31'],
      ['20 November', '2025-11-20', '2025-11-20'],
    ]);
    // The fronted participle phrase is a proposition of its own, nested in its claim.
    const embedded = claims.find((c) => c.parent_claim_id)!;
    expect(embedded).toMatchObject({ text: 'Since reclaiming power in August 2021', parent_claim_id: claims[0]!.claim_id, time_start: '2021-08-01' });
  });

  it('nests a non-restrictive relative clause as its own claim', () => {
    const { claims } = claimsOf(['The Taliban regime, which seized power in Kabul in 2021, has shown itself incapable.']);
    expect(claims.map((c) => [c.text, c.parent_claim_id === null])).toEqual([
      ['The Taliban regime, which seized power in Kabul in 2021, has shown itself incapable.', true],
      ['which seized power in Kabul in 2021', false],
    ]);
  });

  it('nests a sentence-final "where" clause, lists and all, when it has a subject of its own', () => {
    const sentence = 'Its territory has become a sanctuary for extremist networks, where groups such as al-Qaida, Islamic State, and affiliates of the TTP operate freely.';
    const { claims } = claimsOf([sentence, 'The talks were held in Doha, where the weather was mild.', 'They met in Doha, where possible.']);
    expect(claims.map((c) => [c.text, c.parent_claim_id === null])).toEqual([
      [sentence, true],
      ['where groups such as al-Qaida, Islamic State, and affiliates of the TTP operate freely.', false],
      ['The talks were held in Doha, where the weather was mild.', true],
      ['where the weather was mild.', false],
      ['They met in Doha, where possible.', true],
    ]);
  });

  it('carries the speaker of a quotation into the next all-quote sentence', () => {
    const { claims } = claimsOf(['“The balancing act is dangerous,” said a regional security expert.', '“Harbouring these groups undermines trust.”']);
    expect(claims.map((c) => [c.attributed_to, c.modality])).toEqual([
      ['a regional security expert', 'reported'],
      ['a regional security expert', 'reported'],
    ]);
  });

  it('resolves a named speaker to its entity and gives entity roles', () => {
    const text = 'Denmark warned that the TTP operates in Kabul.';
    const m = (entity_id: string, word: string): Mention => {
      const start = text.indexOf(word);
      return { mention_id: word, entity_id, source_id: 'src', sentence_id: 's0', start, end: start + word.length, text: word };
    };
    const e = (entity_id: string, type: string) => ({ entity_id, type }) as Entity;
    const { claims, claimEntities } = claimsOf([text], null, [m('dk', 'Denmark'), m('ttp', 'TTP'), m('kabul', 'Kabul')], [e('dk', 'PLACE'), e('ttp', 'ORG'), e('kabul', 'PLACE')]);
    expect(claims[0]!.attributed_to).toBe('dk');
    expect(claimEntities.map((r) => [r.entity_id, r.role])).toEqual([
      ['dk', 'speaker'],
      ['ttp', 'subject'],
      ['kabul', 'location'],
    ]);
  });
});

describe('pronouns', () => {
  // Sentences of one source, with the entities they name (entity id = the name, lower case).
  function involved(texts: string[], names: [number, string, string][]) {
    let offset = 0;
    const starts = texts.map((t) => ((offset += t.length + 1), offset - t.length - 1));
    const mentions: Mention[] = names.map(([i, word]) => {
      const start = starts[i]! + texts[i]!.indexOf(word);
      return { mention_id: `${i}${word}`, entity_id: word.toLowerCase(), source_id: 'src', sentence_id: `s${i}`, start, end: start + word.length, text: word };
    });
    const entities = names.map(([, word, type]) => ({ entity_id: word.toLowerCase(), type }) as Entity);
    const { claims, claimEntities } = claimsOf(texts, null, mentions, entities);
    return (text: string) => {
      const claim = claims.find((c) => c.text.startsWith(text))!;
      return claimEntities.filter((r) => r.claim_id === claim.claim_id).map((r) => `${r.entity_id}:${r.role}`);
    };
  }

  it('gives a claim opened by a pronoun the subject of the sentence before, as its antecedent', () => {
    const roles = involved(
      ['The cartel, which took over the port in 2019, has bribed officials.', 'Instead, its fleet now carries cocaine to Rotterdam.', 'Their profits have doubled.'],
      [[0, 'cartel', 'ORG'], [1, 'Rotterdam', 'PLACE']],
    );
    expect(roles('Instead, its fleet')).toEqual(['rotterdam:location', 'cartel:antecedent']);
    // What a pronoun stood for carries on to the next pronoun.
    expect(roles('Their profits')).toEqual(['cartel:antecedent']);
  });

  it('leaves a pronoun unresolved when it stands for nothing, for something else, or for one of several', () => {
    const roles = involved(
      [
        'The cartel has bribed officials.',
        'It is naive to think the port is clean.',
        'Mexico and Colombia signed a treaty.',
        'It has no teeth.',
        'Although the cartel fears Europol, the trade goes on.',
        'Its routes move every month.',
        'The ministry praised the navy.',
        'Like every raid before it, the operation found nothing.',
        'The cartel has a new leader.',
        'He is 40.',
      ],
      [[0, 'cartel', 'ORG'], [2, 'Mexico', 'PLACE'], [2, 'Colombia', 'PLACE'], [4, 'cartel', 'ORG'], [4, 'Europol', 'ORG'], [6, 'ministry', 'ORG'], [8, 'cartel', 'ORG']],
    );
    expect(roles('It is naive')).toEqual([]);
    expect(roles('It has no teeth')).toEqual([]);
    // The subject of "Although…" is not the sentence's: its main clause names none.
    expect(roles('Its routes')).toEqual([]);
    expect(roles('Like every raid')).toEqual([]);
    // "He" stands for a person, and the cartel is not one.
    expect(roles('He is 40')).toEqual([]);
  });
});

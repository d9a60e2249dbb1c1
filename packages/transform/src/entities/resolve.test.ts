import { describe, expect, it } from 'vitest';
import { extractEntities, type SentenceInput } from './resolve';
import { EMPTY_GAZETTEER } from './gazetteer';

/** Sentences of short made-up articles, none of whose names is in any list. */
function corpus(articles: Record<string, string[]>): SentenceInput[] {
  return Object.entries(articles).flatMap(([source, sentences]) => {
    let offset = 0;
    return sentences.map((text, i) => {
      const row = { sentence_id: `${source}-${i}`, source_id: source, start: offset, text };
      offset += text.length + 1;
      return row;
    });
  });
}

describe('entity resolution without a gazetteer', () => {
  const input = corpus({
    a: [
      'The Brotherhood of Vardan Ridge (BVR) claimed the attack on the Keshmar dam, its leader Tovan Erdalsky said on Monday.',
      'Erdalsky added that the BVR would strike again before the harvest.',
      'Police in Keshmar said the Brotherhood of Vardan Ridge had 300 fighters.',
    ],
    b: ['Residents fear the BVR more than the army, and Erdalsky is rarely seen in public.'],
  });
  const { entities, mentions } = extractEntities(input, EMPTY_GAZETTEER);
  const entityOf = (text: string) => entities.find((e) => e.entity_id === mentions.find((m) => m.text === text)?.entity_id);

  it('discovers a new group, defined by its acronym, across sources', () => {
    const group = entityOf('Brotherhood of Vardan Ridge');
    expect(group).toMatchObject({ name: 'Brotherhood of Vardan Ridge', type: 'ORG', source_count: 2 });
    expect(entityOf('BVR')?.entity_id).toBe(group!.entity_id);
    expect(group!.aliases).toEqual(['BVR', 'Brotherhood of Vardan Ridge']);
  });

  it('discovers a new person and resolves the surname alone to them, in and across sources', () => {
    const person = entityOf('Tovan Erdalsky');
    expect(person).toMatchObject({ type: 'PERSON', mention_count: 3 });
    expect(mentions.filter((m) => m.entity_id === person!.entity_id).map((m) => m.source_id)).toEqual(['a', 'a', 'b']);
  });

  it('gives offsets into the document', () => {
    const byId = new Map(input.map((s) => [s.sentence_id, s]));
    for (const m of mentions) {
      const s = byId.get(m.sentence_id)!;
      expect(s.text.slice(m.start - s.start, m.end - s.start)).toBe(m.text);
    }
  });

  it('is deterministic', () => {
    expect(extractEntities(input, EMPTY_GAZETTEER)).toEqual({ entities, mentions });
  });
});

import { describe, expect, it } from 'vitest';
import { documents, sentences, sources } from '@corroborate/tables';
import { Warehouse } from '@corroborate/warehouse';
import { checkIntegrity } from './integrity';

const source = (id: string) => ({
  source_id: id, file: `${id}.txt`, external_id: null, title: null, publisher: null, author: null, published_at: null,
  url: null, language: 'en', encoding: 'utf-8', sha256: 'x', char_count: 11, word_count: 2, duplicate_of: null,
});
const sentence = (id: string, source_id: string, start: number, end: number, text: string) => ({
  sentence_id: id, source_id, paragraph: 0, position: 0, start, end, text, kind: 'body', duplicate_of: null,
});

describe('integrity checks', () => {
  it('pass on consistent tables', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sources, [source('a')]);
    await wh.replaceTable(documents, [{ source_id: 'a', text: 'Hello 😀 world.' }]);
    await wh.replaceTable(sentences, [sentence('s1', 'a', 0, 15, 'Hello 😀 world.')]);
    expect(await checkIntegrity(wh)).toEqual([]);
    wh.close();
  });

  it('name every failing check: duplicate keys, dangling references, offsets that do not slice', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sources, [source('a'), source('a')]);
    await wh.replaceTable(documents, [{ source_id: 'a', text: 'Hello world.' }, { source_id: 'b', text: 'Hi 😀 there.' }]);
    await wh.replaceTable(sentences, [sentence('s1', 'a', 0, 5, 'Hullo'), sentence('s2', 'b', 0, 6, 'Hi 😀 t')]);
    const failed = (await checkIntegrity(wh)).map((f) => f.check);
    expect(failed).toContain('sources: primary key unique and not null');
    expect(failed).toContain('documents.source_id → sources');
    expect(failed).toContain('offsets_sentences');
    expect(failed).toContain('offsets_sentences (documents beyond U+FFFF)');
    wh.close();
  });
});

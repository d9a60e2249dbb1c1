import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile, assembleIngest, runIngest } from './ingest';
import { documents as documentsTable, ingestCache, rejects, type Document, type Sentence } from '@corroborate/tables';
import { Warehouse } from '@corroborate/warehouse';
import { DEFAULT_LIMITS } from './read-input';

const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cached analyses', () => {
  const text = 'A Heading Without Punctuation\n\nThe first sentence says one thing. The second says “another”.\n\nThe first sentence says one thing.';
  writeFileSync(join(dir, 'a.txt'), text);
  const { payload } = analyseFile({ path: join(dir, 'a.txt'), file: 'a.txt', meta: null, limits: DEFAULT_LIMITS });

  it('keep sentence offsets but not a second copy of the text', () => {
    const cached = JSON.parse(payload) as { articles: { text: string; analysed: { sentences: Record<string, unknown>[] } }[] };
    const sentences = cached.articles[0]!.analysed.sentences;
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of sentences) expect(s).not.toHaveProperty('text');
  });

  it('give back every sentence text, as the slice of the document at its offsets', async () => {
    const documents: Document[] = [];
    const rows: Sentence[] = [];
    const analyses = async function* () {
      yield [{ file: 'a.txt', sha256: 'key', payload }];
    };
    await assembleIngest(analyses, [], { documents: (d) => documents.push(...d), sentences: (s) => rows.push(...s) });
    const [doc] = documents;
    expect(rows.map((s) => s.text)).toContain('The second says “another”.');
    for (const s of rows) expect(doc!.text.slice(s.start, s.end)).toBe(s.text);
    expect(rows.filter((s) => s.duplicate_of !== null)).toHaveLength(1);
  });
});

describe('runIngest', () => {
  it('saves each file\'s analysis in the warehouse, and on the next run reuses the unchanged ones and drops removed ones', async () => {
    const input = mkdtempSync(join(tmpdir(), 'ingest-input-'));
    const wh = await Warehouse.open(':memory:');
    try {
      writeFileSync(join(input, 'a.txt'), 'The first article says one thing about the border.');
      writeFileSync(join(input, 'b.txt'), 'The second article says another thing about the dam.');
      writeFileSync(join(input, 'c.txt'), 'The third article will be removed.');
      writeFileSync(join(input, 'empty.txt'), '');
      const first = await runIngest(wh, { input });
      expect(first.counts).toMatchObject({ new: 3, processed: 3, reused: 0 });
      expect(first.sources).toBe(3);
      const cacheBefore = await wh.readTable(ingestCache);
      expect(cacheBefore.map((c) => c.file)).toEqual(['a.txt', 'b.txt', 'c.txt', 'empty.txt']);

      writeFileSync(join(input, 'b.txt'), 'The second article now says something else about the dam.');
      rmSync(join(input, 'c.txt'));
      const second = await runIngest(wh, { input });
      expect(second.counts).toMatchObject({ new: 0, changed: 1, removed: 1, processed: 1, reused: 1 });
      const cacheAfter = await wh.readTable(ingestCache);
      expect(cacheAfter.map((c) => c.file)).toEqual(['a.txt', 'b.txt', 'empty.txt']);
      expect(cacheAfter[0]).toEqual(cacheBefore[0]);
      expect(cacheAfter[1]!.payload).toContain('something else');
      const texts = (await wh.readTable(documentsTable)).map((d) => d.text).sort();
      expect(texts).toEqual(['The first article says one thing about the border.', 'The second article now says something else about the dam.']);
      expect((await wh.readTable(rejects)).map((r) => r.file)).toEqual(['empty.txt']);
    } finally {
      wh.close();
      rmSync(input, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile, assembleIngest } from './ingest';
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

  it('give back every sentence text, as the slice of the document at its offsets', () => {
    const { documents, sentences } = assembleIngest([{ file: 'a.txt', sha256: 'key', payload }], []);
    const [doc] = [...documents];
    const rows = [...sentences];
    expect(rows.map((s) => s.text)).toContain('The second says “another”.');
    for (const s of rows) expect(doc!.text.slice(s.start, s.end)).toBe(s.text);
    expect(rows.filter((s) => s.duplicate_of !== null)).toHaveLength(1);
  });
});

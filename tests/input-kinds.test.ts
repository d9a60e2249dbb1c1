import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readParquet, runPipeline, type SentenceRow } from './helpers';

interface SourceRow {
  source_id: string;
  file: string;
  external_id: string | null;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published_at: string | null;
  url: string | null;
  language: string | null;
  encoding: string;
  char_count: number;
  word_count: number;
}

describe('every input kind goes through the same ingest', () => {
  let sources: SourceRow[];
  let docs: Map<string, string>;
  let sentences: SentenceRow[];
  const source = (file: string, externalId: string | null = null) =>
    sources.find((s) => s.file === file && s.external_id === externalId)!;
  const text = (s: SourceRow) => docs.get(s.source_id)!;

  beforeAll(async () => {
    const { out } = runPipeline(join(FIXTURES, 'kinds'));
    sources = await readParquet(out, 'sources', 'file, external_id');
    docs = new Map((await readParquet<{ source_id: string; text: string }>(out, 'documents')).map((d) => [d.source_id, d.text]));
    sentences = await readParquet<SentenceRow>(out, 'sentences', 'source_id, position');
    expect(await readParquet(out, 'rejects')).toEqual([]);
  });

  it('reads one source per article file and per .csv/.jsonl row, the manifest aside', () => {
    expect(sources.map((s) => [s.file, s.external_id])).toEqual([
      ['article.html', null],
      ['batch.csv', 'r1'],
      ['batch.csv', 'r2'],
      ['batch.jsonl', 'j1'],
      ['batch.jsonl', 'j2'],
      ['nested/brief.md', null],
      ['note.txt', null],
    ]);
  });

  it('extracts the article of an HTML page without scripts, navigation or sidebars', () => {
    const s = source('article.html');
    // Readability drops the headline from the body: it is the title.
    expect(text(s)).toMatch(/^The harbour of Port Vell reopened on Friday, eleven days after the storm/);
    expect(text(s)).toContain('“The quay held better than we feared,” said the harbour master, Joan Ribas.');
    expect(text(s)).not.toMatch(/SHOULD-NOT-APPEAR|window\.tracker|color: red/);
    expect(s).toMatchObject({
      title: 'Harbour Reopens After Storm',
      publisher: 'The Coastal Ledger',
      author: 'Mara Lind',
      published_at: '2025-03-14',
      url: 'https://ledger.example/harbour-reopens',
      language: 'en',
      encoding: 'utf-8',
    });
    const headings = sentences.filter((x) => x.source_id === s.source_id && x.kind === 'heading').map((x) => x.text);
    expect(headings).toEqual(['Damage Still Being Counted']);
  });

  it('renders Markdown to plain text and reads its front matter', () => {
    const s = source('nested/brief.md');
    expect(text(s)).toContain('Wheat futures fell for a third week, traders said, as the harvest in the south came in larger than expected.');
    expect(text(s)).not.toMatch(/\*\*|\]\(|^#/m);
    expect(s).toMatchObject({ title: 'Grain Prices Ease', author: 'Tomas Berg', published_at: '2025-06-02' });
  });

  it('keeps CSV row ids and metadata, parsing quoted fields with newlines', () => {
    const r1 = source('batch.csv', 'r1');
    expect(r1).toMatchObject({ title: 'Council Votes on Budget', published_at: '2025-01-10', url: 'https://city.example/r1' });
    expect(text(r1)).toContain('The mayor said the vote "ends a long debate".');
    const r2 = source('batch.csv', 'r2');
    expect(r2.published_at).toBe('2025-01-10');
    expect(text(r2)).toBe('Schools will stay open during the strike, the education office announced.\n\nParents were told on Wednesday.');
  });

  it('reads JSON lines with their metadata', () => {
    expect(source('batch.jsonl', 'j1').title).toBe('Bridge Inspection Finds Cracks');
    expect(text(source('batch.jsonl', 'j2'))).toMatch(/^Traffic on the bridge/);
  });

  it('takes metadata from the manifest over what the file says', () => {
    expect(source('note.txt')).toMatchObject({
      title: 'A Note From the Manifest',
      publisher: 'Manifest Press',
      author: 'Ana Ruiz',
      published_at: '2024-12-01',
      url: 'https://manifest.example/note',
      language: 'en',
    });
  });

  it('holds the offset invariant and counts for every kind', () => {
    for (const s of sentences) expect(docs.get(s.source_id)!.slice(s.start, s.end)).toBe(s.text);
    for (const s of sources) expect(s.char_count).toBe(text(s).length);
    expect(source('note.txt').word_count).toBe(10);
  });
});

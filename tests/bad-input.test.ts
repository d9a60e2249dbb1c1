import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { corroborate, readParquet, runPipeline, SEEDS, tempDir } from './helpers';

const GOOD = 'The council met on Monday. It approved the budget for 2025 after a long debate.\n';

/** One good article and one file for each kind of bad input. */
function badCorpus(): string {
  const root = tempDir('corroborate-bad-');
  const dir = join(root, 'input');
  mkdirSync(dir);
  writeFileSync(join(root, 'outside.txt'), GOOD);
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'broken-utf8.txt'), Buffer.concat([Buffer.from('Café “quoted” text '), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from(' more text.')]));
  writeFileSync(join(dir, 'legacy.txt'), iconv.encode('The café owner said “no” to the naïve plan, and the résumé was déjà vu.', 'windows-1252'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(6 * 2 ** 20, 'a'));
  writeFileSync(join(dir, 'picture.pdf'), '%PDF-1.7 not an article');
  writeFileSync(
    join(dir, 'rows.csv'),
    'id,text\nok1,"A good row. It has text."\nbad1,"too",many,fields\nbad2,\nok1,"Same id again."\n',
  );
  writeFileSync(join(dir, 'lines.jsonl'), '{"id":"a","text":"Fine line."}\n{not json}\n["array"]\n');
  writeFileSync(join(dir, 'notext.csv'), 'id,body\n1,hello\n');
  symlinkSync(join(root, 'outside.txt'), join(dir, 'link.txt'));
  writeFileSync(
    join(dir, 'sources.csv'),
    'file,title\ngood.txt,Good Article\n../outside.txt,Escapes\n/etc/passwd,Absolute\nmissing.txt,Not There\n',
  );
  return dir;
}

describe('bad input', () => {
  let rejects: { file: string; line: number | null; reason: string }[];
  let sources: { file: string; external_id: string | null; title: string | null; encoding: string }[];
  let stderr: string;

  beforeAll(async () => {
    const { out, result } = runPipeline(badCorpus());
    stderr = result.stderr;
    rejects = await readParquet(out, 'rejects', 'file, line');
    sources = await readParquet(out, 'sources', 'file, external_id');
  });

  it('ingests the good inputs and rows', () => {
    expect(sources.map((s) => [s.file, s.external_id])).toEqual([
      ['good.txt', null],
      ['legacy.txt', null],
      ['lines.jsonl', 'a'],
      ['rows.csv', 'ok1'],
    ]);
    expect(sources[0]!.title).toBe('Good Article');
    expect(sources[1]!.encoding).toMatch(/windows-1252|iso-8859-1/);
  });

  it('records one clear line per bad file or row', () => {
    const lines = rejects.map((r) => `${r.file}${r.line ? `:${r.line}` : ''} ${r.reason}`);
    expect(lines).toEqual([
      'binary.txt binary file (NUL or control bytes), not text',
      'blank.txt no text after normalisation',
      'broken-utf8.txt invalid UTF-8 at byte 24 in a file that is otherwise UTF-8',
      'empty.txt empty file',
      'huge.txt file too large: 6.0 MiB (limit 5.0 MiB)',
      'lines.jsonl:2 row 2: invalid JSON: ' + lines.find((l) => l.startsWith('lines.jsonl:2'))!.split('invalid JSON: ')[1],
      'lines.jsonl:3 row 3: not a JSON object',
      'link.txt path outside the input folder (a link pointing elsewhere)',
      'notext.csv no "text" column (columns: id, body)',
      'picture.pdf unsupported file type ".pdf" (expected .txt .text .md .markdown .html .htm .csv .jsonl .ndjson)',
      'rows.csv:2 row 2: TooManyFields: Too many fields: expected 2 fields but parsed 4',
      'rows.csv:3 row 3: missing or empty "text"',
      'rows.csv:4 row 4: duplicate id "ok1" (first on row 1)',
      'sources.csv:2 row 2: path outside the input folder: ../outside.txt',
      'sources.csv:3 row 3: path outside the input folder: /etc/passwd',
      'sources.csv:4 row 4: file not found: missing.txt',
    ]);
    for (const r of rejects) expect(r.reason).not.toContain('\n');
  });

  it('says each reject on stderr', () => {
    for (const r of rejects) expect(stderr).toContain(`rejected ${r.file}: ${r.reason}`);
  });
});

describe('failures leave the published dataset alone', () => {
  it('a run that fails keeps the previous dataset byte for byte', () => {
    const { out } = runPipeline(SEEDS);
    const file = join(out, 'dataset', 'csv', 'sentences.csv');
    const before = readFileSync(file);
    const missing = corroborate(['run', '--input', join(out, 'no-such-folder'), '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/input folder not found/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(out, 'dataset', 'parquet', 'sentences.parquet'))).toBe(true);
  });

  it('bad usage exits 2, --help and --version exit 0', () => {
    expect(corroborate(['frobnicate']).code).toBe(2);
    expect(corroborate(['run', '--no-such-flag']).code).toBe(2);
    expect(corroborate(['--help']).code).toBe(0);
    const v = corroborate(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

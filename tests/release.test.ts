import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readParquet, ROOT, runPipeline, SEEDS, tempDir } from './helpers';

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string }[]; primaryKey?: string[] };
}

describe('the released data package', () => {
  let out: string;
  let descriptor: { version: string; resources: Resource[] } & Record<string, unknown>;

  beforeAll(() => {
    out = runPipeline(SEEDS, tempDir(), ['--no-briefing']).out;
    descriptor = JSON.parse(readFileSync(join(out, 'dataset', 'datapackage.json'), 'utf8'));
  });

  it('validates against the Data Package v2 JSON schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'vendor', 'datapackage-2.0.schema.json'), 'utf8'));
    delete schema.$schema; // draft-07 meta-schema id; ajv validates with its own
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lists every table as CSV and Parquet, with sizes and SHA-256 that match the files', () => {
    const names = descriptor.resources.map((r) => r.name);
    for (const t of ['sources', 'documents', 'sentences', 'entities', 'mentions', 'claims', 'clusters', 'claim_relations', 'runs', 'changes']) {
      expect(names).toContain(`${t}-csv`);
      expect(names).toContain(`${t}-parquet`);
    }
    for (const r of descriptor.resources) {
      const file = join(out, 'dataset', r.path);
      expect(statSync(file).size, r.path).toBe(r.bytes);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
    }
    expect(descriptor.resources.find((r) => r.name === 'claims-csv')!.schema.primaryKey).toEqual(['claim_id']);
    expect(descriptor.version).toBe('1.0.0');
  });

  it('ships a codebook and checksums of every file', () => {
    const sums = readFileSync(join(out, 'dataset', 'SHA256SUMS'), 'utf8').trim().split('\n');
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(join(out, 'dataset', path!))).digest('hex'), path).toBe(hash);
    }
    expect(sums.some((l) => l.endsWith('  datapackage.json'))).toBe(true);
    const codebook = readFileSync(join(out, 'dataset', 'README.md'), 'utf8');
    expect(codebook).toMatch(/## Spreadsheet safety/);
    expect(codebook).toMatch(/\| checkworthiness \| DOUBLE \|/);
  });

  it('keeps the version when nothing changed and moves the patch when the data change', () => {
    runPipeline(SEEDS, out, ['--no-briefing']);
    expect(JSON.parse(readFileSync(join(out, 'dataset', 'datapackage.json'), 'utf8')).version).toBe('1.0.0');
    const input = join(tempDir(), 'input');
    mkdirSync(input);
    for (const f of ['000_631b36462ce9d63b.txt', '004_e04874cb8c7f3113.txt']) writeFileSync(join(input, f), readFileSync(join(SEEDS, f)));
    runPipeline(input, out, ['--no-briefing']);
    expect(JSON.parse(readFileSync(join(out, 'dataset', 'datapackage.json'), 'utf8')).version).toBe('1.0.1');
  });
});

describe('CSV safety and licences', () => {
  it('defuses a formula at the start of a text cell in CSV and leaves Parquet as written', async () => {
    const input = join(tempDir(), 'input');
    mkdirSync(input);
    writeFileSync(join(input, 'mail.txt'), '=HYPERLINK("http://evil.example","Click here") was the first line of the email.\n\nThe council said the email was a scam.\n');
    const { out } = runPipeline(input, tempDir(), ['--no-briefing']);
    const csv = readCsv(out, 'sentences');
    expect(csv[0]!.text).toBe('\'=HYPERLINK("http://evil.example","Click here") was the first line of the email.');
    expect(readCsv(out, "documents")[0]!.text!.startsWith("'=HYPERLINK(")).toBe(true);
    const parquet = await readParquet<{ text: string; start: number }>(out, 'sentences', 'position');
    expect(parquet[0]!.text.startsWith('=HYPERLINK(')).toBe(true);
    expect(readCsv(out, 'sentences')[0]!.start).toBe('0');
  });

  it('publishes without the article texts when asked', () => {
    const { out } = runPipeline(SEEDS, tempDir(), ['--no-briefing', '--without-text']);
    expect(existsSync(join(out, 'dataset', 'csv', 'documents.csv'))).toBe(false);
    expect(existsSync(join(out, 'dataset', 'parquet', 'documents.parquet'))).toBe(false);
    const descriptor = JSON.parse(readFileSync(join(out, 'dataset', 'datapackage.json'), 'utf8')) as { resources: Resource[] };
    expect(descriptor.resources.some((r) => r.name.startsWith('documents-'))).toBe(false);
    expect(existsSync(join(out, 'dataset', 'csv', 'sentences.csv'))).toBe(true);
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readParquet, runPipeline, SEEDS, type SentenceRow } from './helpers';

const TABLES = ['sources', 'documents', 'sentences', 'rejects', 'entities', 'mentions', 'claims', 'claim_entities', 'quantities'];

describe('the pipeline on the seed articles', () => {
  let out: string;
  let sources: { source_id: string; file: string; title: string | null; duplicate_of: string | null; word_count: number }[];
  let docs: Map<string, string>;
  let sentences: SentenceRow[];
  const ofFile = (prefix: string) => {
    const id = sources.find((s) => s.file.startsWith(prefix))!.source_id;
    return sentences.filter((s) => s.source_id === id);
  };

  beforeAll(async () => {
    out = runPipeline(SEEDS).out;
    sources = await readParquet(out, 'sources', 'file');
    docs = new Map((await readParquet<{ source_id: string; text: string }>(out, 'documents')).map((d) => [d.source_id, d.text]));
    sentences = await readParquet<SentenceRow>(out, 'sentences', 'source_id, position');
  });

  it('leaves the warehouse and every table as CSV and Parquet', () => {
    expect(existsSync(join(out, 'warehouse.duckdb'))).toBe(true);
    for (const t of TABLES) {
      expect(existsSync(join(out, 'dataset', 'csv', `${t}.csv`)), t).toBe(true);
      expect(existsSync(join(out, 'dataset', 'parquet', `${t}.parquet`)), t).toBe(true);
    }
    expect(sources.map((s) => s.file)).toEqual(readdirSync(SEEDS).sort());
    expect(readCsv(out, 'rejects')).toEqual([]);
  });

  it('every sentence is its document sliced at its offsets', () => {
    expect(sentences.length).toBeGreaterThan(200);
    for (const s of sentences) expect(docs.get(s.source_id)!.slice(s.start, s.end)).toBe(s.text);
  });

  it('CSV and Parquet hold the same rows', async () => {
    const csv = readCsv(out, 'sentences');
    expect(csv.length).toBe(sentences.length);
    const byId = new Map(sentences.map((s) => [s.sentence_id, s]));
    for (const row of csv) {
      const p = byId.get(row.sentence_id!)!;
      expect(row.text).toBe(p.text);
      expect(Number(row.start)).toBe(p.start);
      expect(row.duplicate_of || null).toBe(p.duplicate_of);
    }
  });

  it('marks the second copy of 001 as a duplicate of the first, sentence by sentence', () => {
    const s = ofFile('001_');
    const secondTitle = s.findIndex((x) => x.text.startsWith('The Evolving Terrorist Ecosystem'));
    expect(secondTitle).toBeGreaterThan(0);
    const first = s.slice(0, secondTitle);
    const second = s.slice(secondTitle + 1).filter((x) => x.kind !== 'boilerplate');
    expect(second.length).toBe(first.length);
    expect(first.every((x) => x.duplicate_of === null)).toBe(true);
    second.forEach((x, i) => {
      expect(x.duplicate_of).toBe(first[i]!.sentence_id);
      expect(x.text).toBe(first[i]!.text);
    });
  });

  it('marks 000’s repeated paragraph as a duplicate', () => {
    const s = ofFile('000_');
    const repeated = s.filter((x) => x.duplicate_of !== null);
    // The copy differs from the original only by a final full stop.
    expect(repeated.map((x) => x.duplicate_of)).toEqual(s.filter((x) => x.paragraph === 2).map((x) => x.sentence_id));
    expect(new Set(repeated.map((x) => x.paragraph)).size).toBe(1);
    expect(repeated[0]!.text).toMatch(/^For Pakistan, the safety and protection/);
  });

  it('marks "Latest Post" as boilerplate and nothing else', () => {
    const boiler = sentences.filter((s) => s.kind === 'boilerplate');
    expect(boiler.map((s) => s.text)).toEqual(['Latest Post']);
  });

  it('recognises the headings of 001 and 003 and no body sentence as a heading', () => {
    const h001 = ofFile('001_').filter((s) => s.kind === 'heading' && s.duplicate_of === null).map((s) => s.text);
    expect(h001).toEqual([
      'Taliban: A Safe Haven for Anti-Pakistan Militancy',
      'TTP and IMP: Direct Threats to Pakistan',
      'ISIL-K: Persistent Regional Danger',
      'Al-Qaeda: Strengthening Militant Networks',
      'Cross-Border Spillover: Pakistan on the Frontline',
      'Illicit Economy Fueling Terrorism',
      'Conditional Engagement: Holding Taliban Accountable',
      'Conclusion',
      'The Evolving Terrorist Ecosystem of Afghanistan under Taliban: A Taxonomy of Threats',
    ]);
    const h003 = ofFile('003_').filter((s) => s.kind === 'heading').map((s) => s.text);
    expect(h003).toContain('A Repeating Pattern of Betrayal');
    for (const s of sentences.filter((x) => x.kind === 'heading')) expect(s.text).not.toMatch(/[.!,;]$/);
    // A title-case question line is a heading too.
    expect(sentences.find((x) => x.text.startsWith('Looking Ahead:'))?.kind).toBe('heading');
    expect(sources.find((s) => s.file.startsWith('001_'))!.title).toBe('Taliban: A Safe Haven for Anti-Pakistan Militancy');
  });

  it('keeps the text exactly as the source wrote it (U+2011, curly quotes)', () => {
    const raw = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('002_'))!), 'utf8');
    const id = sources.find((s) => s.file.startsWith('002_'))!.source_id;
    expect(raw).toContain('Tehreek\u2011e\u2011Taliban');
    expect(docs.get(id)).toContain('Tehreek\u2011e\u2011Taliban');
    expect(sentences.some((s) => s.text.includes('Tehreek\u2011e\u2011Taliban Pakistan (TTP)'))).toBe(true);
  });

  it('gives unique sentence IDs', () => {
    expect(new Set(sentences.map((s) => s.sentence_id)).size).toBe(sentences.length);
  });

  it('writes byte-identical CSV and Parquet on a second run', () => {
    const again = runPipeline(SEEDS).out;
    for (const t of TABLES) {
      for (const [dir, ext] of [['csv', 'csv'], ['parquet', 'parquet']] as const) {
        const a = readFileSync(join(out, 'dataset', dir, `${t}.${ext}`));
        const b = readFileSync(join(again, 'dataset', dir, `${t}.${ext}`));
        expect(a.equals(b), `${t}.${ext}`).toBe(true);
      }
    }
  });
});

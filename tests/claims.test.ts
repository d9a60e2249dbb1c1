import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreClaims } from './eval/claims';
import { readParquet, runPipeline, SEEDS, tempDir, type SentenceRow } from './helpers';

interface ClaimRow {
  claim_id: string;
  source_id: string;
  sentence_id: string;
  start: number;
  end: number;
  text: string;
  claim_type: string;
  checkworthiness: number;
  attributed_to: string | null;
}

describe('claims of the seed articles', () => {
  let out: string;
  let claims: ClaimRow[];
  let docs: Map<string, string>;

  beforeAll(async () => {
    out = runPipeline(SEEDS).out;
    claims = await readParquet<ClaimRow>(out, 'claims');
    docs = new Map((await readParquet<{ source_id: string; text: string }>(out, 'documents')).map((d) => [d.source_id, d.text]));
  });

  it('every claim and number is its document sliced at its offsets', async () => {
    expect(claims.length).toBeGreaterThan(150);
    for (const c of claims) expect(docs.get(c.source_id)!.slice(c.start, c.end)).toBe(c.text);
    const quantities = await readParquet<{ source_id: string; claim_id: string; start: number; end: number; text: string }>(out, 'quantities');
    const byId = new Map(claims.map((c) => [c.claim_id, c]));
    for (const q of quantities) {
      expect(docs.get(q.source_id)!.slice(q.start, q.end)).toBe(q.text);
      const c = byId.get(q.claim_id)!;
      expect(q.start >= c.start && q.end <= c.end).toBe(true);
    }
  });

  it('takes claims from body sentences only, never from a repeated block', async () => {
    const sentences = new Map((await readParquet<SentenceRow>(out, 'sentences')).map((s) => [s.sentence_id, s]));
    for (const c of claims) expect(sentences.get(c.sentence_id)).toMatchObject({ kind: 'body', duplicate_of: null });
    // 001 is one article pasted twice: each of its claims appears once.
    const texts = claims.map((c) => `${c.source_id} ${c.text}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps every check-worthiness score in [0, 1] and the claim IDs unique', () => {
    for (const c of claims) expect(c.checkworthiness >= 0 && c.checkworthiness <= 1).toBe(true);
    expect(new Set(claims.map((c) => c.claim_id)).size).toBe(claims.length);
  });

  it('meets the bar against the hand-made gold (npm run eval)', async () => {
    const s = await scoreClaims(out);
    expect(s.detection.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.numbers.value.correct).toBe(s.numbers.value.total);
    expect(s.numbers.found.correct).toBe(s.numbers.found.total);
    // Every attributed statement of 000 and 004 has its speaker.
    for (const f of ['000', '004']) expect(s.speakers[f]!.correct, f).toBe(s.speakers[f]!.total);
    expect(s.fields.type.correct / s.fields.type.total).toBeGreaterThanOrEqual(0.7);
    expect(s.fields.polarity.correct / s.fields.polarity.total).toBeGreaterThanOrEqual(0.9);
    expect(s.fields.modality.correct / s.fields.modality.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a sentence list (one sentence per CSV row)', () => {
  it('gives one claim, or none for a question, per row, ready for check-worthiness benchmarks', async () => {
    const dir = tempDir('corroborate-sentences-');
    const input = join(dir, 'input');
    mkdirSync(input);
    const rows = [
      ['1', 'The minister said 1,200 people were evacuated on Monday, and the army closed the road.'],
      ['2', 'We must do better.'],
      ['3', 'Is this the end?'],
      ['4', 'Unemployment rose to 7.5 percent in March 2024.'],
    ];
    writeFileSync(join(input, 'sentences.csv'), 'id,text\n' + rows.map(([id, t]) => `${id},"${t}"`).join('\n') + '\n');
    const { out } = runPipeline(input, join(dir, 'out'), ['--whole-sentences']);
    const sources = await readParquet<{ source_id: string; external_id: string }>(out, 'sources');
    const claims = await readParquet<ClaimRow>(out, 'claims');
    const byRow = (id: string) => claims.filter((c) => c.source_id === sources.find((s) => s.external_id === id)!.source_id);
    expect(byRow('1').length).toBe(1);
    expect(byRow('2').length).toBe(1);
    expect(byRow('3').length).toBe(0);
    expect(byRow('4').length).toBe(1);
    expect(byRow('4')[0]!.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(byRow('2')[0]!.checkworthiness).toBeLessThan(0.5);
  });
});

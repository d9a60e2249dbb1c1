import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing } from '@corroborate/report';
import { Warehouse } from '@corroborate/warehouse';
import { runPipeline, SEEDS } from './helpers';

// The CLI does not render the briefing yet: these tests open the warehouse of a real run and
// call the renderer directly, then read the PDF back with poppler's pdftotext and pdfinfo.

const GENERATED_AT = new Date('2025-01-15T12:00:00Z');
const SECTIONS = [
  'Executive summary',
  'Cross-reference matrix',
  'Contested claims',
  'Key numbers',
  'Entities',
  'Map of the places mentioned',
  'Sources',
  'Methodology and limitations',
  'Appendix: every claim',
];

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
}

function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/**
 * Where a heading line is, at or after `from`: a heading is a line of its own (the contents
 * list on the cover puts page numbers after the titles).
 */
function headingAt(text: string, heading: string, from = 0): number {
  const pattern = new RegExp(`^[ \\t\\f]*${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'gm');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

/** Claim IDs listed in the appendix: 16 hex digits opening a table row. */
function appendixIds(text: string): string[] {
  const start = headingAt(text, 'Appendix: every claim');
  expect(start).toBeGreaterThan(0);
  return [...text.slice(start).matchAll(/^\s*([0-9a-f]{16})\s/gm)].map((m) => m[1]!);
}

describe('the PDF briefing of the seed articles', () => {
  let out: string;
  let warehouse: Warehouse;
  let pdf: string;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    out = runPipeline(SEEDS).out;
    warehouse = await Warehouse.open(join(out, 'warehouse.duckdb'), { readOnly: true });
    pdf = join(out, 'reports', 'briefing.pdf');
    ({ pages } = await renderBriefing(warehouse, pdf, { generatedAt: GENERATED_AT, datasetVersion: 'test-1' }));
    text = pdfText(pdf);
  });

  afterAll(() => warehouse?.close());

  it('has a heading for every section, in order, and the cover facts', () => {
    // In order ("Contested claims" is also a heading of the summary, before its own section).
    let from = 0;
    for (const section of SECTIONS) {
      const at = headingAt(text, section, from);
      expect(at, section).toBeGreaterThan(from);
      from = text.indexOf('\n', at) + 1;
    }
    expect(text).toContain('5 sources, undated');
    expect(text).toContain('test-1');
    expect(text).toContain('2025-01-15');
    expect(text).toMatch(new RegExp(`page 1 of ${pages}\\b`));
    expect(text).toMatch(new RegExp(`page ${pages} of ${pages}\\b`));
  });

  it('writes the metadata, a tagged document and embedded DejaVu fonts', () => {
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Corroboration briefing');
    expect(info.Author).toBe('corroborate');
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBe(pages);
    expect(info.CreationDate).toMatch(/2025/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const raw = readFileSync(pdf).toString('latin1');
    for (const s of SECTIONS) expect(raw).toContain(`/Title (${s})`); // outline entries
  });

  it('keeps the characters of the source: U+2011 non-breaking hyphens, curly quotes', () => {
    expect(text).toContain('Tehreek\u2011e\u2011Taliban');
    expect(text).toContain('Taliban’s');
  });

  it('prints the number of corroborated clusters of the warehouse (0 before clustering exists)', async () => {
    const expected = (await warehouse.hasTable('clusters'))
      ? (await warehouse.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM clusters WHERE status = 'corroborated'"))[0]!.n
      : 0;
    const printed = /Corroborated clusters\s+([\d,]+)/.exec(text);
    expect(printed).not.toBeNull();
    expect(Number(printed![1]!.replace(/,/g, ''))).toBe(expected);
  });

  it('lists every claim in the appendix, and links cited claims to it', async () => {
    const claims = (await warehouse.query<{ claim_id: string }>('SELECT claim_id FROM claims ORDER BY claim_id')).map((c) => c.claim_id);
    expect(claims.length).toBeGreaterThan(150);
    for (const id of claims) expect(text).toContain(id);
    expect(new Set(appendixIds(text))).toEqual(new Set(claims));
    const raw = readFileSync(pdf).toString('latin1');
    const links = [...raw.matchAll(/\/S \/GoTo\s*\/D \(claim-([0-9a-f]{16})\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(claims).toContain(id);
    // Every link lands on a named destination: the appendix entry of each claim.
    const dests = execFileSync('pdfinfo', ['-dests', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const named = new Set([...dests.matchAll(/"claim-([0-9a-f]{16})"/g)].map((m) => m[1]!));
    expect(named).toEqual(new Set(claims));
  });

  it('gives identical bytes for the same input and generatedAt, and a content-derived ID', async () => {
    const again = join(out, 'reports', 'briefing-again.pdf');
    await renderBriefing(warehouse, again, { generatedAt: GENERATED_AT, datasetVersion: 'test-1' });
    const a = readFileSync(pdf);
    const b = readFileSync(again);
    expect(b.equals(a)).toBe(true);
    const id = /\/ID \[<([0-9a-f]{32})> <\1>\]/.exec(a.toString('latin1'));
    expect(id?.[1]).toMatch(/[1-9a-f]/);
    const later = join(out, 'reports', 'briefing-later.pdf');
    await renderBriefing(warehouse, later, { generatedAt: new Date('2025-02-01T00:00:00Z'), datasetVersion: 'test-1' });
    expect(/\/ID \[<([0-9a-f]{32})>/.exec(readFileSync(later).toString('latin1'))?.[1]).not.toBe(id?.[1]);
  });

  it('restricted to an entity, holds only the claims involving it', async () => {
    const [ttp] = await warehouse.query<{ entity_id: string }>("SELECT entity_id FROM entities WHERE name = 'Tehrik-i-Taliban Pakistan'");
    expect(ttp).toBeDefined();
    const involving = (
      await warehouse.query<{ claim_id: string }>('SELECT DISTINCT claim_id FROM claim_entities WHERE entity_id = $1 ORDER BY claim_id', [ttp!.entity_id])
    ).map((c) => c.claim_id);
    expect(involving.length).toBeGreaterThan(0);
    const restricted = join(out, 'reports', 'briefing-ttp.pdf');
    await renderBriefing(warehouse, restricted, { generatedAt: GENERATED_AT, datasetVersion: 'test-1', entity: ttp!.entity_id });
    const restrictedText = pdfText(restricted);
    const ids = appendixIds(restrictedText);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(involving).toContain(id);
    expect(new Set(ids)).toEqual(new Set(involving));
    expect(pdfInfo(restricted).Title).toBe('Corroboration briefing: Tehrik-i-Taliban Pakistan');
    // The same briefing by name.
    const byName = join(out, 'reports', 'briefing-ttp-by-name.pdf');
    await renderBriefing(warehouse, byName, { generatedAt: GENERATED_AT, datasetVersion: 'test-1', entity: 'Tehrik-i-Taliban Pakistan' });
    expect(readFileSync(byName).equals(readFileSync(restricted))).toBe(true);
  });

  it('refuses an unknown entity and leaves no file behind', async () => {
    const path = join(out, 'reports', 'nobody.pdf');
    await expect(renderBriefing(warehouse, path, { generatedAt: GENERATED_AT, datasetVersion: 'test-1', entity: 'No Such Entity' })).rejects.toThrow(/no entity matches/);
    expect(() => readFileSync(path)).toThrow();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { scoreEntities } from './eval/entities';
import { readParquet, runPipeline, SEEDS, tempDir } from './helpers';

interface EntityRow {
  entity_id: string;
  name: string;
  type: string;
  aliases: string[];
  latitude: number | null;
  country: string | null;
  mention_count: number;
  source_count: number;
}
interface MentionRow {
  mention_id: string;
  entity_id: string;
  source_id: string;
  sentence_id: string;
  start: number;
  end: number;
  text: string;
}

describe('entities of the seed articles', () => {
  let out: string;
  let entities: EntityRow[];
  let mentions: MentionRow[];
  const idOf = (surface: string) => {
    const ids = new Set(mentions.filter((m) => m.text === surface).map((m) => m.entity_id));
    expect(ids.size, `"${surface}" found once or more, always as one entity`).toBe(1);
    return [...ids][0]!;
  };

  beforeAll(async () => {
    out = runPipeline(SEEDS).out;
    entities = await readParquet<EntityRow>(out, 'entities');
    mentions = await readParquet<MentionRow>(out, 'mentions');
  });

  it('resolves every spelling of one group to one entity', () => {
    const ttp = ['Tehrik Taliban Pakistan', 'Tehrik-e Taliban Pakistan', 'Tehreek\u2011e\u2011Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'TTP'];
    expect(new Set(ttp.map(idOf)).size).toBe(1);
    const iskp = ['Islamic State Khorasan Province', 'IS-K', 'ISIL-K', 'ISKP'];
    expect(new Set(iskp.map(idOf)).size).toBe(1);
    expect(idOf('al\u2011Qaida')).toBe(idOf('Al-Qaeda'));
    expect(idOf('Muttaqi')).toBe(idOf('Amir Khan Muttaqi'));
  });

  it('keeps look-alikes apart', () => {
    expect(idOf('TTP')).not.toBe(idOf('Taliban'));
    expect(idOf('Afghan Taliban')).toBe(idOf('Taliban'));
    expect(idOf('AQIS')).not.toBe(idOf('Al-Qaeda'));
    expect(idOf('ISKP')).not.toBe(idOf('Al-Qaeda'));
    expect(idOf('ISKP')).not.toBe(idOf('Islamic State'));
  });

  it('types entities and places places on the map', () => {
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get('Amir Khan Muttaqi')?.type).toBe('PERSON');
    expect(byName.get('Paktika')).toMatchObject({ type: 'PLACE', country: 'AF' });
    expect(byName.get('Paktika')!.latitude).toBeCloseTo(32.26, 1);
    expect(byName.get('Afghans')?.type).toBe('NORP');
    expect(byName.get('Doha Agreement')?.type).toBe('EVENT');
    expect(entities.find((e) => e.entity_id === idOf('Ittihad-ul-Mujahideen Pakistan'))?.type).toBe('ORG');
  });

  it('every mention is its document sliced at its offsets, in a body sentence', async () => {
    const docs = new Map((await readParquet<{ source_id: string; text: string }>(out, 'documents')).map((d) => [d.source_id, d.text]));
    const sentences = new Map((await readParquet<{ sentence_id: string; kind: string; duplicate_of: string | null; start: number; end: number }>(out, 'sentences')).map((s) => [s.sentence_id, s]));
    expect(mentions.length).toBeGreaterThan(250);
    for (const m of mentions) {
      expect(docs.get(m.source_id)!.slice(m.start, m.end)).toBe(m.text);
      const s = sentences.get(m.sentence_id)!;
      expect(s).toMatchObject({ kind: 'body', duplicate_of: null });
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
    expect(new Set(mentions.map((m) => m.mention_id)).size).toBe(mentions.length);
  });

  it('counts mentions and sources per entity from the mentions table', () => {
    for (const e of entities) {
      const own = mentions.filter((m) => m.entity_id === e.entity_id);
      expect(e.mention_count, e.name).toBe(own.length);
      expect(e.source_count, e.name).toBe(new Set(own.map((m) => m.source_id)).size);
    }
  });

  it('meets the quality bar against the hand-made gold (npm run eval)', async () => {
    const scores = await scoreEntities(out);
    expect(scores.mentions.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.mentions.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.resolution.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('discovers and resolves names without any gazetteer', async () => {
    const bare = runPipeline(SEEDS, tempDir(), ['--gazetteer', 'no-such-gazetteer.csv']).out;
    const scores = await scoreEntities(bare);
    expect(scores.mentions.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.mentions.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.resolution.precision).toBeGreaterThanOrEqual(0.95);
    const m = await readParquet<MentionRow>(bare, 'mentions');
    const ids = (surface: string) => new Set(m.filter((x) => x.text === surface).map((x) => x.entity_id));
    const ttp = ['Tehrik Taliban Pakistan', 'Tehrik-e Taliban Pakistan', 'Tehreek\u2011e\u2011Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'TTP'];
    expect(new Set(ttp.flatMap((t) => [...ids(t)])).size).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readParquet, ROOT } from '../helpers';

interface GoldItem {
  text: string;
  type: string;
  entity: string;
  count: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface EntityScores {
  mentions: PrecisionRecall;
  /** Mentions whose surface form was found, typed like the gold. */
  typeAccuracy: number;
  /** Pairwise: two gold surface forms predicted in one entity iff they are one in the gold. */
  resolution: PrecisionRecall;
  missed: string[];
  spurious: string[];
  wrongMerges: string[];
  wrongSplits: string[];
}

export const GOLD_ENTITIES = join(ROOT, 'tests', 'gold', 'entities.json');

function pr(tp: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, truePositives: tp, predicted, gold };
}

/** Scores a published dataset (of the seed corpus) against the hand-made gold. */
export async function scoreEntities(out: string, goldPath = GOLD_ENTITIES): Promise<EntityScores> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { sources: Record<string, GoldItem[]> };
  const sources = await readParquet<{ source_id: string; file: string }>(out, 'sources');
  const entities = new Map((await readParquet<{ entity_id: string; type: string; name: string }>(out, 'entities')).map((e) => [e.entity_id, e]));
  const mentions = await readParquet<{ source_id: string; entity_id: string; text: string }>(out, 'mentions');
  const fileOf = new Map(sources.map((s) => [s.source_id, s.file]));

  // Predicted mentions per (file, surface form), with the entities they went to.
  const predicted = new Map<string, string[]>();
  for (const m of mentions) {
    const key = `${fileOf.get(m.source_id)}\u0000${m.text}`;
    predicted.set(key, [...(predicted.get(key) ?? []), m.entity_id]);
  }

  let tp = 0;
  let goldTotal = 0;
  let typed = 0;
  const missed: string[] = [];
  const matched: { label: string; entity: string; form: string }[] = [];
  for (const [file, items] of Object.entries(gold.sources)) {
    for (const item of items) {
      goldTotal += item.count;
      const ids = predicted.get(`${file}\u0000${item.text}`) ?? [];
      const hit = Math.min(ids.length, item.count);
      tp += hit;
      if (hit < item.count) missed.push(`${file.slice(0, 3)} ${item.text} (${item.type}) ${hit}/${item.count}`);
      if (hit > 0) {
        const entity = majority(ids);
        if (entities.get(entity)?.type === item.type) typed += hit;
        matched.push({ label: item.entity, entity, form: `${file.slice(0, 3)} ${item.text}` });
      }
    }
  }
  const goldForms = new Map<string, number>();
  for (const [file, items] of Object.entries(gold.sources)) for (const i of items) goldForms.set(`${file}\u0000${i.text}`, i.count);
  const spurious: string[] = [];
  let predictedTotal = 0;
  for (const [key, ids] of predicted) {
    predictedTotal += ids.length;
    const extra = ids.length - (goldForms.get(key) ?? 0);
    if (extra > 0) spurious.push(`${key.slice(0, 3)} ${key.split('\u0000')[1]} +${extra}`);
  }

  let both = 0;
  let predSame = 0;
  let goldSame = 0;
  const wrongMerges = new Set<string>();
  const wrongSplits = new Set<string>();
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const a = matched[i]!;
      const b = matched[j]!;
      const g = a.label === b.label;
      const p = a.entity === b.entity;
      if (g) goldSame++;
      if (p) predSame++;
      if (g && p) both++;
      if (p && !g) wrongMerges.add(`${a.form} ~ ${b.form}`);
      if (g && !p) wrongSplits.add(`${a.form} / ${b.form}`);
    }
  }
  return {
    mentions: pr(tp, predictedTotal, goldTotal),
    typeAccuracy: tp ? typed / tp : 0,
    resolution: pr(both, predSame, goldSame),
    missed,
    spurious,
    wrongMerges: [...wrongMerges],
    wrongSplits: [...wrongSplits],
  };
}

function majority(ids: string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

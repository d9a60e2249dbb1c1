import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readParquet, ROOT, type ClusteredClaimRow } from '../helpers';

interface GoldSide {
  file: string;
  clause: string;
}
interface GoldPair {
  a: GoldSide;
  b: GoldSide;
  relation: 'same' | 'related' | 'different';
}

export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
  counts: { truePositive: number; falsePositive: number; falseNegative: number; evaluated: number; unmatched: number };
  /** Gold "different" pairs wrongly put in one cluster. */
  differentMerged: number;
  /** Gold "related" pairs found as related (or contradicts) relations. */
  relatedFound: number;
  relatedTotal: number;
  errors: string[];
}

export const GOLD_PAIRS = join(ROOT, 'tests', 'gold', 'pairs.json');

type ClaimRow = ClusteredClaimRow;

/** Pairwise precision and recall of "same cluster" against the hand-made cross-article pairs. */
export async function scorePairs(out: string, goldPath = GOLD_PAIRS): Promise<PairScores> {
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { pairs: GoldPair[] }).pairs;
  const sources = await readParquet<{ source_id: string; file: string }>(out, 'sources');
  const claims = await readParquet<ClaimRow>(out, 'claims');
  const relations = await readParquet<{ claim_id: string; other_claim_id: string; relation: string }>(out, 'claim_relations');
  const fileOf = new Map(sources.map((s) => [s.source_id, s.file]));
  const linked = new Set(relations.filter((r) => r.relation !== 'same').map((r) => `${r.claim_id}|${r.other_claim_id}`));

  // The predicted claim that overlaps a gold clause most.
  const claimFor = (side: GoldSide): ClaimRow | undefined => {
    let best: ClaimRow | undefined;
    let bestOverlap = 0;
    for (const c of claims) {
      if (fileOf.get(c.source_id) !== side.file || c.parent_claim_id) continue;
      const o = overlap(side.clause, c.text);
      if (o > bestOverlap) [best, bestOverlap] = [c, o];
    }
    return bestOverlap >= 0.5 * Math.min(side.clause.length, best?.text.length ?? Infinity) ? best : undefined;
  };
  // A claim and the propositions embedded in it: two gold clauses say the same when any of
  // these share a cluster.
  const withEmbedded = (c: ClaimRow) => [c, ...claims.filter((x) => x.parent_claim_id === c.claim_id)];

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let unmatched = 0;
  let differentMerged = 0;
  let relatedFound = 0;
  let relatedTotal = 0;
  const errors: string[] = [];
  for (const p of gold) {
    const a = claimFor(p.a);
    const b = claimFor(p.b);
    if (!a || !b) {
      unmatched++;
      continue;
    }
    const clustersA = new Set(withEmbedded(a).map((c) => c.cluster_id));
    const same = withEmbedded(b).some((c) => clustersA.has(c.cluster_id));
    const show = `${p.a.file.slice(0, 3)} “${p.a.clause.slice(0, 50)}” / ${p.b.file.slice(0, 3)} “${p.b.clause.slice(0, 50)}”`;
    if (p.relation === 'same') {
      if (same) tp++;
      else {
        fn++;
        errors.push(`missed same: ${show}`);
      }
    } else {
      if (same) {
        fp++;
        errors.push(`wrongly merged (${p.relation}): ${show}`);
      }
      if (p.relation === 'different' && same) differentMerged++;
      if (p.relation === 'related') {
        relatedTotal++;
        const [x, y] = [a.claim_id, b.claim_id].sort();
        if (linked.has(`${x}|${y}`)) relatedFound++;
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    counts: { truePositive: tp, falsePositive: fp, falseNegative: fn, evaluated: gold.length - unmatched, unmatched },
    differentMerged,
    relatedFound,
    relatedTotal,
    errors,
  };
}

/** Characters two texts share when one contains the other or they overlap at an edge of the sentence. */
function overlap(a: string, b: string): number {
  if (a.includes(b)) return b.length;
  if (b.includes(a)) return a.length;
  // Longest common substring is costly; a shared 40-character window is a good enough proxy.
  for (let len = Math.min(a.length, b.length); len >= 20; len -= 10) {
    for (let i = 0; i + len <= a.length; i += 10) if (b.includes(a.slice(i, i + len))) return len;
  }
  return 0;
}

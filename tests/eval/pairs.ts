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
  /**
   * How well the relation scores alone rank gold "same" pairs above the others (AUC: 0.5 is
   * chance, 1 perfect), before any clustering; a pair without a relation row scores 0.
   */
  scoreAuc: { vsRest: number; vsDifferent: number };
  errors: string[];
}

export const GOLD_PAIRS = join(ROOT, 'tests', 'gold', 'pairs.json');

type ClaimRow = ClusteredClaimRow;

/** Pairwise precision and recall of "same cluster" against the hand-made cross-article pairs. */
export async function scorePairs(out: string, goldPath = GOLD_PAIRS): Promise<PairScores> {
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { pairs: GoldPair[] }).pairs;
  const sources = await readParquet<{ source_id: string; file: string }>(out, 'sources');
  const claims = await readParquet<ClaimRow>(out, 'claims');
  const relations = await readParquet<{ claim_id: string; other_claim_id: string; relation: string; score: number }>(out, 'claim_relations');
  const fileOf = new Map(sources.map((s) => [s.source_id, s.file]));
  const linked = new Set(relations.filter((r) => r.relation !== 'same').map((r) => `${r.claim_id}|${r.other_claim_id}`));
  const scoreOf = new Map(relations.map((r) => [`${r.claim_id}|${r.other_claim_id}`, r.score]));
  const pairScore = (x: ClaimRow, y: ClaimRow) => scoreOf.get(x.claim_id < y.claim_id ? `${x.claim_id}|${y.claim_id}` : `${y.claim_id}|${x.claim_id}`) ?? 0;
  const scored: { relation: GoldPair['relation']; score: number }[] = [];

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
    scored.push({ relation: p.relation, score: Math.max(...withEmbedded(a).flatMap((x) => withEmbedded(b).map((y) => pairScore(x, y)))) });
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
    scoreAuc: {
      vsRest: auc(scored.filter((x) => x.relation === 'same'), scored.filter((x) => x.relation !== 'same')),
      vsDifferent: auc(scored.filter((x) => x.relation === 'same'), scored.filter((x) => x.relation === 'different')),
    },
    errors,
  };
}

/** Probability that a positive pair scores above a negative one (ties count half). */
export function auc(positive: { score: number }[], negative: { score: number }[]): number {
  if (!positive.length || !negative.length) return 0.5;
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (positive.length * negative.length);
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

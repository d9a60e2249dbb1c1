import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auc, scorePairs } from './eval/pairs';
import { FIXTURES, readParquet, runPipeline, SEEDS, type ClusteredClaimRow } from './helpers';

type ClaimRow = ClusteredClaimRow;
interface ClusterRow {
  cluster_id: string;
  label: string;
  claim_count: number;
  source_count: number;
  independent_source_count: number;
  status: string;
  credibility: number;
  detail: string;
}
interface RelationRow {
  claim_id: string;
  other_claim_id: string;
  relation: string;
  score: number;
  detail: string;
}

async function load(out: string) {
  return {
    claims: await readParquet<ClaimRow>(out, 'claims'),
    clusters: await readParquet<ClusterRow>(out, 'clusters'),
    relations: await readParquet<RelationRow>(out, 'claim_relations'),
  };
}

describe('cross-referencing the seed articles', () => {
  let data: Awaited<ReturnType<typeof load>>;
  let out: string;
  const claim = (text: string) => {
    const found = data.claims.filter((c) => c.text.includes(text) && !c.parent_claim_id);
    expect(found.length, text).toBe(1);
    return found[0]!;
  };
  /** Do two claims (or propositions embedded in them) share a cluster? */
  const together = (a: string, b: string) => {
    const clustersOf = (c: ClaimRow) => new Set([c, ...data.claims.filter((x) => x.parent_claim_id === c.claim_id)].map((x) => x.cluster_id));
    const ca = clustersOf(claim(a));
    return [...clustersOf(claim(b))].some((x) => ca.has(x));
  };

  beforeAll(async () => {
    out = runPipeline(SEEDS).out;
    data = await load(out);
  });

  it('clusters restatements of one proposition across sources', () => {
    expect(together('using Afghan territory to train, fund, and plan attacks', 'attacks are being planned and launched from Afghan territory')).toBe(true);
    expect(together('Since reclaiming power in August 2021', 'which seized power in Kabul in 2021')).toBe(true);
    expect(together('a safe haven for terrorist organizations', 'a sanctuary for extremist networks')).toBe(true);
  });

  it('knows what a claim opened by a pronoun is about: "its territory" is the Taliban regime\'s', async () => {
    const entities = await readParquet<{ entity_id: string; name: string }>(out, 'entities');
    const roles = await readParquet<{ claim_id: string; entity_id: string; role: string }>(out, 'claim_entities');
    const sanctuary = claim('a sanctuary for extremist networks');
    const about = roles.filter((r) => r.claim_id === sanctuary.claim_id && r.role === 'antecedent').map((r) => entities.find((e) => e.entity_id === r.entity_id)!.name);
    expect(about).toEqual(['Taliban']);
  });

  it('keeps look-alike facts apart: one Chinese national killed in Kabul is not three murdered in Pakistan', () => {
    expect(together('killed a Chinese national', 'three Chinese nationals were murdered in Pakistan')).toBe(false);
  });

  it('fills a cluster for every claim, with counts that match the claims table', () => {
    const ids = new Set(data.clusters.map((c) => c.cluster_id));
    for (const c of data.claims) expect(ids.has(c.cluster_id)).toBe(true);
    for (const cl of data.clusters) {
      const members = data.claims.filter((c) => c.cluster_id === cl.cluster_id);
      expect(cl.claim_count).toBe(members.length);
      // The label is the text of one of the cluster's own claims (filled in the warehouse).
      expect(members.map((c) => c.text)).toContain(cl.label);
      expect(cl.source_count).toBe(new Set(members.map((c) => c.source_id)).size);
      expect(cl.independent_source_count).toBeLessThanOrEqual(cl.source_count);
      expect(cl.status).toBe(cl.status === 'contested' ? 'contested' : cl.independent_source_count >= 2 ? 'corroborated' : 'single_source');
      expect(cl.credibility).toBeGreaterThanOrEqual(1);
      expect(cl.credibility).toBeLessThanOrEqual(6);
    }
  });

  it('explains every relation and lists each pair once', () => {
    const keys = data.relations.map((r) => `${r.claim_id}|${r.other_claim_id}|${r.relation}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of data.relations) {
      expect(r.claim_id < r.other_claim_id).toBe(true);
      const detail = JSON.parse(r.detail) as Record<string, unknown>;
      expect(detail).toHaveProperty('score');
      expect(detail).toHaveProperty('matched_terms');
    }
  });

  it('lists "same" only within a cluster, and says why a "same" link was not followed', () => {
    const clusterOf = new Map(data.claims.map((c) => [c.claim_id, c.cluster_id]));
    const apart = (r: RelationRow) => clusterOf.get(r.claim_id) !== clusterOf.get(r.other_claim_id);
    for (const r of data.relations.filter((x) => x.relation === 'same')) expect(apart(r)).toBe(false);
    const notMerged = data.relations.filter((r) => 'not_merged' in (JSON.parse(r.detail) as object));
    expect(notMerged.length).toBeGreaterThan(0);
    for (const r of notMerged) expect([r.relation, apart(r)]).toEqual(['related', true]);
  });

  it('beats chance on the hand-made cross-article pairs (npm run eval)', async () => {
    const s = await scorePairs(out);
    // Measured 0.781 / 0.610 (the most similar clusters merging first; 0.825 / 0.573 when the
    // strongest link merged first); average linkage over every similar pair (not only those
    // given a relation row) took them from 0.712 / 0.512.
    expect(s.precision).toBeGreaterThanOrEqual(0.75);
    expect(s.recall).toBeGreaterThanOrEqual(0.55);
    expect(s.differentMerged).toBeLessThanOrEqual(3);
    // The relation scores alone rank gold "same" pairs above the rest better than chance.
    expect(s.scoreAuc.vsRest).toBeGreaterThan(0.5);
  });
});

describe('auc (npm run eval)', () => {
  it('is the share of positive-negative pairs ranked right, ties counted half', () => {
    const s = (...xs: number[]) => xs.map((score) => ({ score }));
    expect(auc(s(0.9, 0.8), s(0.1, 0.2))).toBe(1);
    expect(auc(s(0.1), s(0.9))).toBe(0);
    expect(auc(s(0.5, 0.9), s(0.5))).toBe(0.75);
  });
});

describe('claims of unrelated articles in common words', () => {
  it('are not called the same on a shared common verb ("He wants me to do everything" / "We want to find out who knew")', async () => {
    const data = await load(runPipeline(join(FIXTURES, 'common-words')).out);
    expect(data.claims.length).toBeGreaterThanOrEqual(6);
    expect(data.relations.filter((r) => r.relation === 'same')).toEqual([]);
    expect(data.clusters.length).toBe(data.claims.length);
  });
});

describe('contradictions', () => {
  let data: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    data = await load(runPipeline(join(FIXTURES, 'contradictions')).out);
  });
  const find = (text: string) => data.claims.find((c) => c.text.includes(text) && !c.parent_claim_id)!;
  const relation = (a: ClaimRow, b: ClaimRow) => {
    const [x, y] = [a.claim_id, b.claim_id].sort();
    return data.relations.find((r) => r.claim_id === x && r.other_claim_id === y && r.relation === 'contradicts');
  };

  it('finds two sources giving different numbers for the same thing, and names the most conservative', () => {
    const r = relation(find('has killed 212 people'), find('has killed 148 people'));
    expect(r).toBeDefined();
    const detail = JSON.parse(r!.detail) as { numbers: { compared: string; most_conservative: string; note: string } };
    expect(detail.numbers.compared).toMatch(/^(212 vs 148|148 vs 212)$/);
    expect(detail.numbers.most_conservative).toBe('148');
    expect(detail.numbers.note).toMatch(/disputed/);
    const cluster = data.clusters.find((c) => c.cluster_id === find('has killed 212 people').cluster_id)!;
    expect(cluster.status).toBe('contested');
    expect(find('has killed 212 people').cluster_id).not.toBe(find('has killed 148 people').cluster_id);
  });

  it('finds a denial of what another source asserts', () => {
    const r = relation(find('The Northern Power Company built the Kestrel dam in 1998'), find('denies that it built the Kestrel dam in 1998'));
    expect(r).toBeDefined();
    expect(JSON.parse(r!.detail)).toMatchObject({ polarity: expect.stringMatching(/assertion vs denial|denial or negation vs assertion/) });
  });
});

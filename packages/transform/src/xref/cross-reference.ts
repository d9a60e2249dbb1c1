import { stableId, type ClaimRelation, type Cluster } from '@corroborate/tables';
import { Heap } from 'heap-js';
import { Column, HexIds } from '../columns';
import { push } from '../group-by';
import { blockingKeys, type ClaimFeatureStore, type ClaimRef, type Figure } from './features';
import { compatibleValues, forgetClaimColumns, Rarity, sameMeasure, similarity, timesOverlap } from './similarity';
import type { SourceInfo } from './independence';

export interface CrossReferenceInput {
  /** The features of every claim of the corpus. */
  features: ClaimFeatureStore;
  /** independentGroups(): each source's group of sources that copy one another. */
  groups: Map<string, string>;
  sources: SourceInfo[];
}

/**
 * A cluster row as cross-referencing makes it: `labelClaim` is the index of the claim whose
 * text labels it, and `label` is empty (the text itself stays in the warehouse). Rows come
 * in ascending order of labelClaim.
 */
export type ClusterDraft = Cluster & { labelClaim: number };

export interface CrossReference {
  /** Made while they are read (one row per cluster, most of them singletons), in the order of their label claims. */
  clusters: Iterable<ClusterDraft>;
  clusterCount: number;
  relations: ClaimRelation[];
  /** cluster_id of every claim, in the order of the input claims (as halves: millions of strings would cost more than the rest of the step). */
  clusterIds: HexIds;
}

/** Scores at or above this say the same proposition. */
export const SAME = 0.42;
/**
 * Claims that share no entity and no date say the same only on stronger wording than this,
 * and with a match between two words that are not common ones: without an anchor, likeness
 * of words is weak evidence (across unrelated articles, claims of a few words each matched
 * on a word or two: "He wants me to do everything for him" / "We want to find out who knew
 * about it" scored 0.88 on "want" and "everything"~"know").
 */
export const SAME_UNANCHORED = 0.75;
// A "same" link needs at least this many things in common: matched words and shared entities.
const MIN_EVIDENCE = 2;
/** Scores at or above this (with a shared entity) are about the same actors and topic. */
export const RELATED = 0.3;
// An assertion and a negation contradict only when they say nearly the same words about
// the same action ("built the dam" / "denies that it built the dam").
const DENIAL_OVERLAP = 0.6;
const DENIAL_PREDICATE = 0.5;
// Clusters merge only when their claims are, on average, this similar (unscored pairs
// count as 0): average linkage, so one loose link cannot chain unrelated claims together.
// Every compared pair scoring at least RELATED counts, with or without a relation row.
// The most similar clusters merge first, so a proposition's close restatements gather
// before looser ones can join them (chosen with the seeds' eval: 0.08–0.15 all keep the
// acceptance pairs; 0.1 has the best F1).
const LINKAGE = 0.1;
// A key found in more claims than this is too common to find candidates by.
const MAX_POSTINGS = 200;
// Sum of the informativeness (0–1) of the keys two claims share before they are compared:
// one very rare key, or two fairly rare ones.
const MIN_SHARED_EVIDENCE = 0.9;
const CANDIDATES_PER_CLAIM = 60;
const MAX_LINKS_PER_CLAIM = 10;

interface Link {
  a: number;
  b: number;
  score: number;
  relation: 'same' | 'contradicts' | 'related';
  /** What the detail adds to the similarity's own explanation (conflicting numbers, a bar to merging…). */
  notes?: Record<string, unknown>;
  /** Kept only as a bar to merging (incompatible look-alikes that share no entity): no relation row. */
  unlisted?: true;
}

/** Clusters, relations and credibility for all claims of the corpus. */
export function crossReference(input: CrossReferenceInput, onProgress?: (pairsDone: number, pairs: number) => void): CrossReference {
  const { features, groups } = input;
  const rarity = new Rarity(features.count);
  const pairs = candidatePairs(features, rarity);
  const n = features.count;
  const links: Link[] = [];
  // Pairs similar enough to count towards average linkage but given no relation row (they
  // share no entity, often because one claim names none: "its territory has become a
  // sanctuary…"), as (a, b, score) triples: left out, they would count as 0 and keep such
  // claims out of any cluster of more than a couple of claims.
  const unlinked = new Column((size) => new Float64Array(size));
  pairs.forEach((pair, i) => {
    if (i % 5000 === 0) onProgress?.(i, pairs.length);
    const a = Math.floor(pair / n);
    const b = pair % n;
    const link = judge(a, b, features, rarity);
    if (typeof link !== 'number') links.push(link);
    else if (link >= RELATED) {
      unlinked.push(a);
      unlinked.push(b);
      unlinked.push(link);
    }
  });
  const clustering = cluster(features, links, unlinked.data.subarray(0, unlinked.length));
  const clusterIds = clusterIdsOf(features, clustering);
  const relations = relationRows(features, links, rarity);
  forgetClaimColumns();
  return {
    clusters: clusterRows(features, clustering, clusterIds, links, groups, input.sources),
    clusterCount: clustering.count,
    relations,
    clusterIds,
  };
}

/**
 * Pairs of claims from different sources worth comparing: they share uncommon words,
 * meanings or entities, enough of them (by rarity) to be more than a coincidence. Each
 * pair (a, b) with a < b is the number a × n + b, in ascending order.
 */
function candidatePairs(features: ClaimFeatureStore, rarity: Rarity): Float64Array {
  // Keys are kept as small integers, and counted by them (the rarity of every word and
  // entity): hundreds of thousands of claims with dozens of keys each would otherwise hold
  // millions of strings. Claim i's keys are keyIds[keyFrom[i]] up to keyIds[keyFrom[i + 1]],
  // and a key's claims likewise in `postings`: one typed array each, not one per claim or key
  // (millions of small arrays cost more than their contents). They are needed here only.
  const keyIndex = new Map<string, number>();
  const keyNames: string[] = [];
  const claimsOf = new Column();
  const n = features.count;
  const keyFrom = new Int32Array(n + 1);
  const allKeys = new Column();
  for (let i = 0; i < n; i++) {
    // A claim's keys are distinct (blockingKeys), so each counts the claim once.
    for (const k of blockingKeys(features, i)) {
      let id = keyIndex.get(k);
      if (id === undefined) {
        keyIndex.set(k, (id = keyNames.push(k) - 1));
        claimsOf.push(0);
      }
      claimsOf.data[id]!++;
      allKeys.push(id);
    }
    keyFrom[i + 1] = allKeys.length;
  }
  rarity.setCounts(keyNames, claimsOf.data);
  const usable = Uint8Array.from(keyNames, (_, id) => Number(claimsOf.data[id]! >= 2 && claimsOf.data[id]! <= MAX_POSTINGS));
  const weights = Float64Array.from(keyNames, (k) => rarity.informativeness(k));
  // Only the usable keys are needed from here on: each claim's are moved up over the others.
  let keyIds = allKeys.data;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const from = keyFrom[i]!;
    keyFrom[i] = kept;
    for (let p = from; p < keyFrom[i + 1]!; p++) if (usable[keyIds[p]!]) keyIds[kept++] = keyIds[p]!;
  }
  keyFrom[n] = kept;
  keyIds = keyIds.slice(0, kept);
  const postingFrom = new Int32Array(keyNames.length + 1);
  for (const id of keyIds) postingFrom[id + 1]!++;
  for (let id = 0; id < keyNames.length; id++) postingFrom[id + 1]! += postingFrom[id]!;
  const postings = new Int32Array(kept);
  const filled = postingFrom.slice(0, keyNames.length);
  for (let i = 0; i < n; i++) for (let p = keyFrom[i]!; p < keyFrom[i + 1]!; p++) postings[filled[keyIds[p]!]!++] = i;
  const sourceOf = features.source.data;
  const evidence = new Float64Array(n);
  const touched: number[] = [];
  const pairs = new Column((size) => new Float64Array(size));
  for (let i = 0; i < n; i++) {
    for (let p = keyFrom[i]!; p < keyFrom[i + 1]!; p++) {
      const id = keyIds[p]!;
      const w = weights[id]!;
      for (let q = postingFrom[id]!; q < postingFrom[id + 1]!; q++) {
        const j = postings[q]!;
        if (sourceOf[j] === sourceOf[i]) continue;
        if (evidence[j] === 0) touched.push(j);
        evidence[j] = evidence[j]! + w;
      }
    }
    // Each claim is compared with its most promising partners only: the work stays
    // proportional to the number of claims, whatever their vocabulary.
    let best = touched.filter((j) => evidence[j]! >= MIN_SHARED_EVIDENCE);
    if (best.length > CANDIDATES_PER_CLAIM) best = best.sort((x, y) => evidence[y]! - evidence[x]! || x - y).slice(0, CANDIDATES_PER_CLAIM);
    for (const j of best) pairs.push(i < j ? i * n + j : j * n + i);
    for (const j of touched) evidence[j] = 0;
    touched.length = 0;
  }
  // A pair found from both of its claims is kept once.
  const sorted = pairs.data.subarray(0, pairs.length).sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  return sorted.slice(0, unique);
}

/** What two claims are to each other, if anything worth a row, and why; else just their score. */
function judge(a: number, b: number, features: ClaimFeatureStore, rarity: Rarity): Link | number {
  const sim = similarity(features, a, b, rarity);
  if (sim.score < RELATED) return sim.score;
  // Made afresh from the feature columns at each call: read once per pair.
  const figuresA = features.figures(a);
  const figuresB = features.figures(b);
  const conflict = conflictingFigures(figuresA, figuresB);
  if (conflict && sim.score >= RELATED + 0.05 && sim.sharedCount > 0) return { a, b, score: sim.score, relation: 'contradicts', notes: { numbers: conflict } };
  const negatedA = features.negated.data[a] === 1;
  const negatedB = features.negated.data[b] === 1;
  if (negatedA !== negatedB && sim.lexical >= DENIAL_OVERLAP && sim.predicate >= DENIAL_PREDICATE && sim.sharedCount > 0) {
    const polarity = `${negatedA ? 'denial or negation' : 'assertion'} vs ${negatedB ? 'denial or negation' : 'assertion'}`;
    return { a, b, score: sim.score, relation: 'contradicts', notes: { polarity } };
  }
  // Different places, dates or figures: look-alikes, not one fact.
  const blocked = incompatible(features, a, b, figuresA, figuresB, conflict);
  const notes = blocked ? { incompatible: blocked } : undefined;
  const anchored = sim.sharedCount > 0 || sim.datesAgree;
  const evidence = sim.matched + sim.sharedCount;
  const unanchoredEnough = sim.score >= SAME_UNANCHORED && sim.specific >= 1;
  if ((anchored ? sim.score >= SAME : unanchoredEnough) && evidence >= MIN_EVIDENCE && !blocked) return { a, b, score: sim.score, relation: 'same' };
  if (sim.sharedCount > 0) return { a, b, score: sim.score, relation: 'related', notes: notes ?? (sim.score >= SAME && evidence < MIN_EVIDENCE ? { not_same: 'one word or entity in common' } : undefined) };
  // Look-alikes of different places, dates or figures may never share a cluster, entity or not.
  if (notes) return { a, b, score: sim.score, relation: 'related', notes, unlisted: true };
  return sim.score;
}

/**
 * Why two claims scored as they did. Worked out again for the links that are kept as rows
 * only: holding the explanation of every compared pair would cost more than recomputing it.
 */
function explain(features: ClaimFeatureStore, a: number, b: number, rarity: Rarity): Record<string, unknown> {
  const sim = similarity(features, a, b, rarity, true);
  return {
    score: round(sim.score),
    lexical: round(sim.lexical),
    entities: round(sim.entities),
    predicate: round(sim.predicate),
    shared_entities: sim.shared,
    matched_terms: sim.matches.map((m) => (m.a === m.b ? m.a : `${m.a}~${m.b} (${m.how})`)),
    ...(sim.part ? { matched_on: 'part of each claim' } : {}),
  };
}

interface FigureConflict {
  measure: string | null;
  figures: [string, string];
  compared: string;
  most_conservative: string;
  note: string;
}

/** The first two figures of one measure that the two claims report incompatibly, if any. */
function conflictingFigures(a: readonly Figure[], b: readonly Figure[]): FigureConflict | null {
  for (const x of a) {
    for (const y of b) {
      if (!sameMeasure(x, y) || compatibleValues(x, y)) continue;
      const low = x.value <= y.value ? x : y;
      return {
        measure: x.counted ?? x.unit,
        figures: [x.text, y.text],
        compared: `${x.text} vs ${y.text}`,
        most_conservative: low.text,
        note: `figures differ; the most conservative is ${low.text} and it is disputed`,
      };
    }
  }
  return null;
}

/** Why claims a and b (with their figures, and conflictingFigures() of them) cannot be one fact, if they cannot. */
function incompatible(features: ClaimFeatureStore, a: number, b: number, figuresA: readonly Figure[], figuresB: readonly Figure[], conflict: FigureConflict | null): string | null {
  const ta = features.time(a);
  const tb = features.time(b);
  if (ta && tb && !timesOverlap(ta, tb)) return `dates ${ta.start}…${ta.end} vs ${tb.start}…${tb.end}`;
  if (features.placesDiffer(a, b)) return 'different places';
  if (conflict) return `figures ${conflict.compared}`;
  const ca = counts(figuresA);
  const cb = counts(figuresB);
  if (ca.length && cb.length && !ca.some((v) => cb.includes(v))) return `counts ${ca.join(', ')} vs ${cb.join(', ')}`;
  return null;
}

/** The values of plain counts (figures without a unit). */
function counts(figures: readonly Figure[]): number[] {
  return figures.filter((x) => !x.unit).map((x) => x.value);
}

/** A candidate merge of clusters a < b (roots), with their average linkage when offered. */
interface Merge {
  average: number;
  a: number;
  b: number;
  changedA: number;
  changedB: number;
}

/** Clusters as union-find roots: most claims stay alone, so only merged clusters keep a member list. */
interface Clustering {
  rootOf: Int32Array;
  /** How many clusters there are (claims that are their own root). */
  count: number;
  /** Members of every cluster of two or more claims, in claim order. */
  merged: Map<number, number[]>;
}

function membersOf(c: Clustering, root: number): number[] {
  return c.merged.get(root) ?? [root];
}

/**
 * Average-linkage clustering along "same" links: the two clusters with the highest average
 * similarity (over the links and the `unlinked` scored pairs) merge first, while that
 * average is at least LINKAGE, unless the merge would put two claims that contradict each
 * other (or are incompatible look-alikes) into one cluster. Merging strongest link first
 * instead let a theme grow into one cluster before a restatement with few links to it
 * could join its own proposition ("a safe haven for terrorist organizations" / "a
 * sanctuary for extremist networks").
 */
function cluster(features: ClaimFeatureStore, links: Link[], unlinked: Float64Array): Clustering {
  const n = features.count;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const merged = new Map<number, number[]>();
  // Claims each cluster must never join (contradictions, incompatible look-alikes).
  const cannot = new Map<number, Set<number>>();
  // Sum of link scores between clusters, kept up to date as they merge (average linkage).
  const between = new Map<number, Map<number, number>>();
  const addBetween = (x: number, y: number, score: number) => {
    const m = between.get(x) ?? between.set(x, new Map()).get(x)!;
    m.set(y, (m.get(y) ?? 0) + score);
  };
  for (let k = 0; k < unlinked.length; k += 3) {
    // Claim indices as small integers: read from a Float64Array they would be boxed numbers, slow as Map keys.
    const a = unlinked[k]! | 0;
    const b = unlinked[k + 1]! | 0;
    addBetween(a, b, unlinked[k + 2]!);
    addBetween(b, a, unlinked[k + 2]!);
  }
  for (const l of links) {
    addBetween(l.a, l.b, l.score);
    addBetween(l.b, l.a, l.score);
    if (l.relation === 'contradicts' || l.notes?.incompatible) {
      (cannot.get(l.a) ?? cannot.set(l.a, new Set()).get(l.a)!).add(l.b);
      (cannot.get(l.b) ?? cannot.set(l.b, new Set()).get(l.b)!).add(l.a);
    }
  }
  // "Same" links between clusters, kept up to date as they merge: only linked clusters may merge.
  const sameBetween = new Map<number, Map<number, number>>();
  const addSame = (x: number, y: number, count: number) => {
    const m = sameBetween.get(x) ?? sameBetween.set(x, new Map()).get(x)!;
    m.set(y, (m.get(y) ?? 0) + count);
  };
  const same = links.filter((l) => l.relation === 'same');
  for (const l of same) {
    addSame(l.a, l.b, 1);
    addSame(l.b, l.a, 1);
  }
  const members = (root: number) => merged.get(root) ?? [root];
  const size = (root: number) => merged.get(root)?.length ?? 1;
  // Does a claim of one cluster contradict (or look like, incompatibly) a claim of the other?
  const barred = (x: number, y: number) => {
    const [small, large] = size(x) <= size(y) ? [x, y] : [y, x];
    const bars = cannot.get(large);
    return bars !== undefined && members(small).some((i) => bars.has(i));
  };
  const average = (x: number, y: number) => (between.get(x)?.get(y) ?? 0) / (size(x) * size(y));
  // Candidate merges, the most similar pair of clusters on average first; an entry made
  // before either cluster last changed is stale (its clusters' `changed` moved on).
  const changed = new Int32Array(n);
  const queue = new Heap<Merge>((x, y) => y.average - x.average || x.a - y.a || x.b - y.b);
  const offer = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    queue.push({ average: average(a, b), a, b, changedA: changed[a]!, changedB: changed[b]! });
  };
  for (const l of same) offer(l.a, l.b);
  for (let next = queue.pop(); next && next.average >= LINKAGE; next = queue.pop()) {
    const { a, b } = next;
    if (find(a) !== a || find(b) !== b || changed[a] !== next.changedA || changed[b] !== next.changedB) continue;
    if (barred(a, b)) continue;
    const [keep, drop] = [a, b];
    parent[drop] = keep;
    merged.set(keep, [...members(a), ...members(b)]);
    merged.delete(drop);
    changed[keep]!++;
    // The merged cluster inherits both clusters' bars, link sums and "same" links.
    const bars = cannot.get(drop);
    if (bars) {
      const into = cannot.get(keep) ?? cannot.set(keep, new Set()).get(keep)!;
      for (const i of bars) into.add(i);
      cannot.delete(drop);
    }
    for (const sums of [between, sameBetween]) {
      const add = sums === between ? addBetween : addSame;
      for (const [other, sum] of sums.get(drop) ?? []) {
        if (other === keep) continue;
        add(keep, other, sum);
        add(other, keep, sum);
        sums.get(other)!.delete(drop);
      }
      sums.get(keep)?.delete(drop);
      sums.delete(drop);
    }
    for (const other of sameBetween.get(keep)?.keys() ?? []) offer(keep, other);
  }
  // "Same" links left between clusters say why they were not merged.
  for (const l of same) {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra === rb) continue;
    l.relation = 'related';
    l.notes = { ...l.notes, not_merged: barred(ra, rb) ? 'a claim of one cluster contradicts or is incompatible with a claim of the other' : 'the two groups of claims are not similar enough on average' };
  }
  const rootOf = Int32Array.from({ length: n }, (_, i) => find(i));
  let count = 0;
  for (let i = 0; i < n; i++) if (rootOf[i] === i) count++;
  for (const m of merged.values()) m.sort((x, y) => x - y);
  return { rootOf, count, merged };
}

/** The stable cluster_id of every claim: a hash of its cluster's claim ids. */
function clusterIdsOf(features: ClaimFeatureStore, c: Clustering): HexIds {
  const idOfRoot = new Map<number, string>();
  const ids = new HexIds();
  for (let i = 0; i < features.count; i++) {
    const root = c.rootOf[i]!;
    let id = idOfRoot.get(root);
    if (id === undefined) {
      id = stableId('cluster', ...membersOf(c, root).map((m) => features.claimId(m)).sort());
      // A singleton's id is needed once; a merged cluster's by each of its claims.
      if (c.merged.has(root)) idOfRoot.set(root, id);
    }
    ids.push(id);
  }
  ids.trim();
  return ids;
}

function* clusterRows(features: ClaimFeatureStore, c: Clustering, clusterIds: HexIds, links: Link[], groups: Map<string, string>, sources: SourceInfo[]): Generator<ClusterDraft> {
  // Each claim's summed similarity to the other claims of its cluster, from the links.
  const centre = new Map<number, number>();
  for (const l of links) {
    if (c.rootOf[l.a] !== c.rootOf[l.b]) continue;
    centre.set(l.a, (centre.get(l.a) ?? 0) + l.score);
    centre.set(l.b, (centre.get(l.b) ?? 0) + l.score);
  }
  const contested = new Map<number, number[]>();
  for (const l of links) {
    if (l.relation !== 'contradicts') continue;
    push(contested, l.a, l.b);
    push(contested, l.b, l.a);
  }
  const order = new Map(sources.map((s, i) => [s.source_id, i]));
  const independentOf = (members: number[]) => (members.length === 1 ? 1 : new Set(members.map((i) => groups.get(features.sourceId(i))!)).size);

  // Rows come in the order of their label claims (each claim labels at most one cluster),
  // so the warehouse fills the labels by position, not by a join (cluster_labels.sql).
  const labelled = new Map<number, number>();
  for (const [root, members] of c.merged) labelled.set(labelOf(members, members.map((i) => features.ref(i)), centre, order), root);
  for (let i = 0; i < features.count; i++) {
    const root = c.rootOf[i] === i && !c.merged.has(i) ? i : labelled.get(i);
    if (root !== undefined) yield row(root, i);
  }

  // Millions of clusters, nearly all of one claim: the rows are made with as little as
  // possible besides themselves (each object made here is garbage the moment it is written).
  function row(root: number, labelClaim: number): ClusterDraft {
    const members = membersOf(c, root);
    const claims = members.map((i) => features.ref(i));
    const sourceIds = members.length === 1 ? [claims[0]!.source_id] : [...new Set(claims.map((x) => x.source_id))].sort((x, y) => order.get(x)! - order.get(y)!);
    const independent = independentOf(members);
    const opponents = members.some((i) => contested.has(i)) ? [...new Set(members.flatMap((i) => contested.get(i) ?? []).map((i) => c.rootOf[i]!))] : NONE;
    let opposing = 0;
    for (const o of opponents) opposing = Math.max(opposing, independentOf(membersOf(c, o)));
    const status = opponents.length ? 'contested' : independent >= 2 ? 'corroborated' : 'single_source';
    const figures = clusterFigures(features, members, claims);
    const copies = sourceIds.filter((s) => groups.get(s) !== s);
    const low = figures.length ? figures.reduce((x, y) => (y.value < x.value ? y : x)) : null;
    const disputed = figures.length > 1 && figures.some((x) => figures.some((y) => sameMeasure(x, y) && !compatibleValues(x, y)));
    return {
      cluster_id: clusterIds.at(root),
      label: '',
      labelClaim,
      claim_count: claims.length,
      source_count: sourceIds.length,
      independent_source_count: independent,
      status,
      credibility: credibility(claims, independent, opponents.length > 0, opposing),
      detail: JSON.stringify({
        sources: sourceIds,
        ...(copies.length ? { copies_counted_once: copies.map((s) => ({ source_id: s, copy_of: groups.get(s) })) } : {}),
        ...(figures.length ? { figures: figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, counted: f.counted, source_id: f.source_id })) } : {}),
        ...(low && disputed ? { most_conservative: low.text, disputed: true } : {}),
        ...(opponents.length ? { contradicted_by_independent_sources: opposing } : {}),
      }),
    };
  }
}

const NONE: number[] = [];

/** Every figure reported by the cluster's claims, with the claim and source that report it. */
function clusterFigures(features: ClaimFeatureStore, members: number[], claims: ClaimRef[]): (Figure & { claim_id: string; source_id: string })[] {
  const out: (Figure & { claim_id: string; source_id: string })[] = [];
  members.forEach((i, k) => {
    for (const f of features.figures(i)) out.push({ ...f, claim_id: claims[k]!.claim_id, source_id: claims[k]!.source_id });
  });
  return out;
}

/**
 * The claim that labels a cluster: its most central claim (the highest summed similarity to
 * the others), so the label says what the cluster is about; ties go to the most check-worthy.
 */
function labelOf(members: number[], claims: ClaimRef[], centre: Map<number, number>, order: Map<string, number>): number {
  return members
    .map((i, k) => ({ i, claim: claims[k]!, centre: centre.get(i) ?? 0 }))
    .sort((x, y) => y.centre - x.centre || y.claim.checkworthiness - x.claim.checkworthiness || order.get(x.claim.source_id)! - order.get(y.claim.source_id)! || x.claim.start - y.claim.start)[0]!.i;
}

/**
 * NATO Admiralty information grade (1 confirmed … 6 cannot be judged), as written in the
 * data dictionary: opinions cannot be judged; contested claims are doubtful (4), or
 * improbable (5) when more independent sources contradict them; otherwise independent
 * sources grade them: 3 or more → 1, 2 → 2, one checkable or named-source claim → 3.
 */
export function credibility(claims: ClaimRef[], independent: number, contested: boolean, opposing: number): number {
  const opinion = claims.every((c) => c.claim_type === 'normative' || c.claim_type === 'prediction');
  if (opinion) return 6;
  if (contested) return opposing > independent ? 5 : 4;
  if (independent >= 3) return 1;
  if (independent === 2) return 2;
  if (claims.every((c) => c.modality === 'hedged')) return 4;
  if (claims.some((c) => c.checkworthiness >= 0.5 || (c.attributed_to !== null && c.modality === 'reported'))) return 3;
  return 6;
}

function relationRows(features: ClaimFeatureStore, links: Link[], rarity: Rarity): ClaimRelation[] {
  const relatedCount = new Map<number, number>();
  const sorted = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const rows: ClaimRelation[] = [];
  const sameCount = new Map<number, number>();
  for (const l of sorted) {
    if (l.unlisted) continue;
    // Every contradiction is kept; "same" and "related" links only the strongest few per claim.
    const count = l.relation === 'related' ? relatedCount : l.relation === 'same' ? sameCount : null;
    if (count) {
      if ((count.get(l.a) ?? 0) >= MAX_LINKS_PER_CLAIM || (count.get(l.b) ?? 0) >= MAX_LINKS_PER_CLAIM) continue;
      count.set(l.a, (count.get(l.a) ?? 0) + 1);
      count.set(l.b, (count.get(l.b) ?? 0) + 1);
    }
    const [x, y] = [features.claimId(l.a), features.claimId(l.b)].sort();
    const detail = { ...explain(features, l.a, l.b, rarity), ...l.notes };
    rows.push({ claim_id: x!, other_claim_id: y!, relation: l.relation, score: round(l.score), detail: JSON.stringify(detail) });
  }
  return rows;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import {
  claimClusters as claimClustersTable,
  claimEntities as claimEntitiesTable,
  claimRelations as claimRelationsTable,
  claims as claimsTable,
  clusters as clustersTable,
  entities as entitiesTable,
  mentions as mentionsTable,
  quantities as quantitiesTable,
  type ClaimCluster,
} from '@corroborate/tables';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WorkerPool } from '@corroborate/pool';
import { loadSql, type Warehouse } from '@corroborate/warehouse';
import type { ClaimSentence, ClaimTables, MentionSpan } from './claims/extract-claims';
import { loadGazetteer } from './entities/gazetteer';
import { Found, SentenceRefs } from './entities/found';
import { resolveEntities } from './entities/resolve';
import { RowsBySource, sourceBatches } from './parallel/batches';
import { runTask, type Findings, type Task } from './parallel/tasks';
import { crossReference, type ClusterDraft } from './xref/cross-reference';
import type { HexIds } from './columns';
import { ClaimFeatureStore } from './xref/features';
import { CopyFinder, type SourceInfo } from './xref/independence';

const SQL = new URL('../sql/', import.meta.url);
// Sentences per batch of per-document work: large enough to amortise the trip to a worker.
const BATCH_SENTENCES = 2000;

export interface TransformOptions {
  /** The curated gazetteer CSV; a missing file means none. */
  gazetteer: string;
  /** One claim per sentence instead of per clause (for sentence-list benchmarks). */
  wholeSentences?: boolean;
  /** Progress of the long steps, for a progress bar. */
  onProgress?: (step: 'entities' | 'claims' | 'cross-referencing', done: number, total: number) => void;
}

export interface TransformSummary {
  sentences: number;
  entities: number;
  mentions: number;
  claims: number;
  quantities: number;
  clusters: number;
  relations: number;
  /** Wall time of each step, in seconds. */
  seconds: { entities: number; claims: number; crossReference: number; save: number };
  /** JavaScript heap in use at the end of each step, in MB (what limits the corpus size). */
  heapMb: { entities: number; claims: number; crossReference: number };
}

/** The transform stage: body sentences in; entities, mentions, claims, their numbers, clusters and relations out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const { extracted, clustersOut, claimClustersOut, relations, clusterCount, xref, clock } = await clustered(warehouse, options);
  // The claims' features and cluster ids are let go by now. They are typed arrays (160 MB at
  // 10k articles), which V8 frees only at its next collection, and none would come while
  // DuckDB's statements below run: collected now, their memory is DuckDB's to use.
  collectGarbage();
  // Each cluster's label is the text of the claim chosen for it, from the claims written aside;
  // each claim's cluster_id, from the claim_clusters written aside.
  await warehouse.rebuildAside(clustersOut, loadSql(SQL, 'cluster_labels'));
  await warehouse.rebuildAside(extracted.claimsOut, loadSql(SQL, 'claims_cluster_ids'));
  const relationsOut = await warehouse.writeAside(claimRelationsTable);
  relationsOut.append(relations);
  // Every table of the stage lands at once: a failure anywhere leaves the previous ones whole.
  await warehouse.swapIn([...extracted.tables, clustersOut, claimClustersOut, relationsOut]);
  const { ms } = extracted;
  return {
    ...extracted.counts,
    clusters: clusterCount,
    relations: relations.length,
    seconds: { entities: ms.entities / 1000, claims: ms.claims / 1000, crossReference: xref.ms / 1000, save: clock() / 1000 },
    heapMb: { ...extracted.heapMb, crossReference: xref.heapMb },
  };
}

/**
 * Entities, claims and cross-references, with the cluster rows and each claim's cluster
 * written aside. The claims' features are needed up to here only: they are let go when this
 * returns. `clock` times the save step from the end of cross-referencing.
 */
async function clustered(warehouse: Warehouse, options: TransformOptions) {
  const { features, ...extracted } = await extract(warehouse, options);
  const { groups, sources } = extracted;
  const clock = stopwatch();
  const { clusters, clusterCount, relations, clusterIds } = crossReference({ features, groups, sources }, (d, n) => options.onProgress?.('cross-referencing', d, n));
  const xref = { ms: clock(), heapMb: heapMb() };
  const isLabel = new Uint8Array(features.count);
  const clustersOut = await warehouse.writeAside(clustersTable);
  clustersOut.append(markingLabels(clusters, isLabel));
  const claimClustersOut = await warehouse.writeAside(claimClustersTable);
  claimClustersOut.append(claimClusterRows(features, clusterIds, isLabel));
  claimClustersOut.close();
  return { extracted, clustersOut, claimClustersOut, relations, clusterCount, xref, clock };
}

/**
 * Cluster rows as they come, marking each label claim in `isLabel`: the label's text is
 * filled in the warehouse, from the claims written aside (cluster_labels.sql).
 */
function* markingLabels(clusters: Iterable<ClusterDraft>, isLabel: Uint8Array): Generator<ClusterDraft> {
  for (const row of clusters) {
    isLabel[row.labelClaim] = 1;
    yield row;
  }
}

/** Each claim's cluster, in the order the claims were written (claims_cluster_ids.sql joins them by position). */
function* claimClusterRows(features: ClaimFeatureStore, clusterIds: HexIds, isLabel: Uint8Array): Generator<ClaimCluster> {
  for (let i = 0; i < features.count; i++) yield { claim_id: features.claimId(i), cluster_id: clusterIds.at(i), is_label: isLabel[i] === 1 };
}

/**
 * Entities and claims, and what cross-referencing needs of them. Every row is written to the
 * warehouse as it is made, and everything this step held (sentences, findings, rows) is left
 * behind when it returns: cross-referencing runs with the claims' compact features only.
 */
async function extract(warehouse: Warehouse, options: TransformOptions) {
  const sources = await warehouse.query<SourceInfo>(loadSql(SQL, 'sources'));
  const [size] = await warehouse.query<{ sentences: number; sources: number }>(loadSql(SQL, 'body_sentence_counts'));
  const pool = WorkerPool.open<Task>(new URL('./parallel/worker.mjs', import.meta.url), runTask, size!.sources);
  // Each batch's sentences and tokens wait here between the entity pass and the claims pass.
  const spill = mkdtempSync(join(tmpdir(), 'corroborate-tokens-'));
  let steps: PerDocument;
  try {
    steps = await perDocument(warehouse, size!.sentences, sources, pool, spill, options);
  } finally {
    await pool.close();
    rmSync(spill, { recursive: true, force: true });
  }
  return {
    features: steps.features,
    groups: steps.groups,
    /** The tables written so far, aside: they are put in place with the cross-reference tables. */
    tables: steps.tables,
    /** The claims among them, without their cluster_id yet. */
    claimsOut: steps.claimsOut,
    sources,
    counts: { sentences: size!.sentences, ...steps.counts },
    /** Wall time of each part of the steps, in whole milliseconds (they are added up exactly). */
    ms: { entities: steps.entityMs, claims: steps.claimMs },
    heapMb: { entities: steps.entityHeap, claims: steps.claimHeap },
  };
}

type PerDocument = Awaited<ReturnType<typeof perDocument>>;

/**
 * Entities and claims. Per-document work runs on the pool, in batches of whole sources;
 * resolving entities across sources runs here, between the two passes. Claim rows are
 * written aside batch by batch as they come back (runTransform puts them in place); only
 * their features stay.
 */
async function perDocument(warehouse: Warehouse, total: number, sources: SourceInfo[], pool: WorkerPool<Task>, spill: string, options: TransformOptions) {
  const clock = stopwatch();
  const spillOf = (i: number) => join(spill, `batch-${i}`);
  const { groups, typeOf, counts, tables, batches } = await entityPass(warehouse, total, sources, pool, spillOf, options);
  const entityMs = clock();
  const entityHeap = heapMb();

  const claimsOut = await warehouse.writeAside(claimsTable);
  const rolesOut = await warehouse.writeAside(claimEntitiesTable);
  const quantitiesOut = await warehouse.writeAside(quantitiesTable);
  // Each batch's mentions are read back from the warehouse; its sentences wait in the spill.
  const mentions = new RowsBySource(warehouse.stream<MentionSpan>(loadSql(SQL, 'batch_mentions')));
  async function* claimTasks(): AsyncGenerator<Task> {
    for (const [i, b] of batches.entries()) {
      const batchMentions = await mentions.upTo(b.lastSource);
      const named = [...new Set(batchMentions.map((m) => m.entity_id))].map((id) => ({ entity_id: id, type: typeOf.get(id)! }));
      yield { kind: 'claims', spill: spillOf(i), mentions: batchMentions, entities: named, splitClauses: !options.wholeSentences };
    }
  }
  const features = new ClaimFeatureStore();
  let quantities = 0;
  let batch = 0;
  let done = 0;
  for await (const part of pool.results<ClaimTables>(claimTasks())) {
    claimsOut.append(part.claims);
    rolesOut.append(part.claimEntities);
    quantitiesOut.append(part.quantities);
    features.addAll(part.claims, part.words, part.claimEntities, part.quantities);
    quantities += part.quantities.length;
    // Counted outside the call: `?.` skips evaluating its arguments when there is no callback.
    done += batches[batch++]!.sentences;
    options.onProgress?.('claims', done, total);
  }
  await mentions.close();
  for (const out of [claimsOut, rolesOut, quantitiesOut]) out.close();
  features.trim();
  return {
    features,
    groups,
    tables: [...tables, claimsOut, rolesOut, quantitiesOut],
    claimsOut,
    counts: { ...counts, claims: features.count, quantities },
    entityMs,
    claimMs: clock(),
    entityHeap,
    claimHeap: heapMb(),
  };
}

/**
 * Entities resolved across sources, and the groups of sources that copy one another. The
 * findings are let go when this returns (an async function's locals live until it does).
 */
async function entityPass(warehouse: Warehouse, total: number, sources: SourceInfo[], pool: WorkerPool<Task>, spillOf: (batch: number) => string, options: TransformOptions) {
  const { found, groups, batches } = await findingsPass(warehouse, total, sources, pool, spillOf, options);
  return { groups, batches, ...(await acrossSources(warehouse, found, options.gazetteer)) };
}

/**
 * The entity pass: each batch's findings, what resolution needs of each sentence (not its
 * text), the groups of sources that copy one another (from the long sentences they share),
 * and the size and last source of each batch, for the claims pass.
 */
async function findingsPass(warehouse: Warehouse, total: number, sources: SourceInfo[], pool: WorkerPool<Task>, spillOf: (batch: number) => string, options: TransformOptions) {
  const refs = new SentenceRefs();
  const copies = new CopyFinder(sources);
  const batches: { sentences: number; lastSource: string }[] = [];
  async function* tasks(): AsyncGenerator<Task> {
    for await (const b of sourceBatches(warehouse.stream<ClaimSentence>(loadSql(SQL, 'body_sentences')), BATCH_SENTENCES)) {
      for (const sentence of b) refs.push(sentence);
      batches.push({ sentences: b.length, lastSource: b.at(-1)!.source_id });
      yield { kind: 'findings', gazetteer: options.gazetteer, sentences: b, spill: spillOf(batches.length - 1) };
    }
  }
  const found = new Found(refs);
  let done = 0;
  for await (const f of pool.results<Findings>(tasks())) {
    // Results come in task order, so this batch's sentences are the next refs.
    const first = done;
    done += f.findings.length;
    copies.add(Array.from({ length: done - first }, (_, i) => refs.sourceId(first + i)), f.copyKeys);
    found.addFindings(f.findings, f.gazetteerRefs, first);
    options.onProgress?.('entities', done, total);
  }
  return { found, groups: copies.groups(), batches };
}

/**
 * What needs every source at once: entities resolved across sources from the first pass's
 * findings, written aside with their mentions. Keeps for the claims pass each entity's type.
 */
async function acrossSources(warehouse: Warehouse, found: Found, gazetteerPath: string) {
  const gazetteer = loadGazetteer(gazetteerPath);
  const { entities, mentions } = resolveEntities(found, gazetteer);
  const entitiesOut = await warehouse.writeAside(entitiesTable);
  entitiesOut.append(entities);
  entitiesOut.close();
  // Mention rows go straight to the warehouse as they are made; the claims pass reads them back.
  const mentionsOut = await warehouse.writeAside(mentionsTable);
  mentionsOut.append(mentions);
  const mentionCount = mentionsOut.close();
  return {
    tables: [entitiesOut, mentionsOut],
    typeOf: new Map(entities.map((e) => [e.entity_id, e.type])),
    counts: { entities: entities.length, mentions: mentionCount },
  };
}

/** A full garbage collection, now (V8 exposes it only when asked to; jest's leak detector asks the same way). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function heapMb(): number {
  // With node --expose-gc (for measuring), garbage is collected first: the figure is then the live heap.
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
}

/** Whole milliseconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = Math.round(now - last);
    last = now;
    return ms;
  };
}

import {
  claimEntities as claimEntitiesTable,
  claimRelations as claimRelationsTable,
  claims as claimsTable,
  clusters as clustersTable,
  entities as entitiesTable,
  mentions as mentionsTable,
  quantities as quantitiesTable,
} from '@corroborate/tables';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '@corroborate/pool';
import { loadSql, type Warehouse } from '@corroborate/warehouse';
import type { ClaimSentence, ClaimTables } from './claims/extract-claims';
import { loadGazetteer } from './entities/gazetteer';
import { resolveEntities } from './entities/resolve';
import { groupBy } from './group-by';
import { sourceBatches } from './parallel/batches';
import { restoreGazetteerEntries, runTask, type Findings, type Task } from './parallel/tasks';
import { crossReference } from './xref/cross-reference';
import { claimFeaturesOf } from './xref/features';
import { independentGroups, type SourceInfo } from './xref/independence';

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
  heapMb: { sentences: number; entities: number; claims: number; crossReference: number };
}

/** The transform stage: body sentences in; entities, mentions, claims, their numbers, clusters and relations out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const extracted = await extract(warehouse, options);
  const { claims, features, groups, sources, ms } = extracted;
  const clock = stopwatch();
  const { clusters, clusterCount, relations, clusterIds } = crossReference({ features, groups, sources }, (d, n) => options.onProgress?.('cross-referencing', d, n));
  claims.forEach((c, i) => (c.cluster_id = clusterIds[i]!));
  const xrefMs = ms.features + clock();
  const xrefHeap = heapMb();
  await warehouse.replaceTable(claimsTable, claims);
  await warehouse.replaceTable(clustersTable, clusters);
  await warehouse.replaceTable(claimRelationsTable, relations);
  return {
    ...extracted.counts,
    claims: claims.length,
    clusters: clusterCount,
    relations: relations.length,
    seconds: { entities: ms.entities / 1000, claims: ms.claims / 1000, crossReference: xrefMs / 1000, save: (ms.save + clock()) / 1000 },
    heapMb: { ...extracted.heapMb, crossReference: xrefHeap },
  };
}

/**
 * Entities and claims, and what cross-referencing needs of them. The rows it does not need
 * (entities, mentions, claim roles, numbers) are saved here, and everything else this step
 * held (sentences, findings, row objects) is left behind when it returns: cross-referencing
 * runs with claims and their compact features only.
 */
async function extract(warehouse: Warehouse, options: TransformOptions) {
  const sentences = await warehouse.query<ClaimSentence>(loadSql(SQL, 'body_sentences'));
  const sentencesHeap = heapMb();
  const pool = WorkerPool.open<Task>(new URL('./parallel/worker.mjs', import.meta.url), runTask, new Set(sentences.map((s) => s.source_id)).size);
  // Each batch's tokens wait here between the entity pass and the claims pass.
  const spill = mkdtempSync(join(tmpdir(), 'corroborate-tokens-'));
  let steps: PerDocument;
  try {
    steps = await perDocument(sentences, pool, spill, options);
  } finally {
    await pool.close();
    rmSync(spill, { recursive: true, force: true });
  }
  const { entities, mentions, claims, claimEntities, quantities, words } = steps;
  const sources = await warehouse.query<SourceInfo>(loadSql(SQL, 'sources'));
  const clock = stopwatch();
  const groups = independentGroups(sources, sentences);
  const features = claimFeaturesOf(claims, words, claimEntities, quantities);
  const featureMs = clock();
  await warehouse.replaceTable(entitiesTable, entities);
  await warehouse.replaceTable(mentionsTable, mentions);
  await warehouse.replaceTable(claimEntitiesTable, claimEntities);
  await warehouse.replaceTable(quantitiesTable, quantities);
  return {
    claims,
    features,
    groups,
    sources,
    counts: { sentences: sentences.length, entities: entities.length, mentions: mentions.length, quantities: quantities.length },
    /** Wall time of each part of the steps, in whole milliseconds (they are added up exactly). */
    ms: { entities: steps.entityMs, claims: steps.claimMs, features: featureMs, save: clock() },
    heapMb: { sentences: sentencesHeap, entities: steps.entityHeap, claims: steps.claimHeap },
  };
}

type PerDocument = Awaited<ReturnType<typeof perDocument>>;

/**
 * Entities and claims. Per-document work runs on the pool, in batches of whole sources;
 * resolving entities across sources runs here, between the two passes.
 */
async function perDocument(sentences: ClaimSentence[], pool: WorkerPool<Task>, spill: string, options: TransformOptions) {
  const clock = stopwatch();
  const batches = sourceBatches(sentences, BATCH_SENTENCES);
  const tokensFile = (i: number) => join(spill, `batch-${i}.tokens`);
  let done = 0;
  const tick = (step: 'entities' | 'claims') => (task: Task) => options.onProgress?.(step, (done += task.sentences.length), sentences.length);
  const findings = await pool.runAll<Findings>(
    batches.map((b, i) => ({ kind: 'findings' as const, gazetteer: options.gazetteer, sentences: b, tokensFile: tokensFile(i) })),
    tick('entities'),
  );
  const gazetteer = loadGazetteer(options.gazetteer);
  const { entities, mentions } = resolveEntities(sentences, findings.flatMap((f) => restoreGazetteerEntries(f, gazetteer)), gazetteer);
  // Resolved into mentions: the findings can go before the claims pass.
  findings.length = 0;
  const entityMs = clock();
  const entityHeap = heapMb();
  const mentionsOf = groupBy(mentions, (m) => m.source_id);
  const typeOf = new Map(entities.map((e) => [e.entity_id, e.type]));
  done = 0;
  const parts = await pool.runAll<ClaimTables>(
    batches.map((b, i) => {
      // Each batch takes only its own mentions and the entities they name.
      const batchMentions = [...new Set(b.map((s) => s.source_id))].flatMap((id) => mentionsOf.get(id) ?? []);
      const named = [...new Set(batchMentions.map((m) => m.entity_id))].map((id) => ({ entity_id: id, type: typeOf.get(id)! }));
      return { kind: 'claims' as const, sentences: b, tokensFile: tokensFile(i), mentions: batchMentions, entities: named, splitClauses: !options.wholeSentences };
    }),
    tick('claims'),
  );
  return {
    entities,
    mentions,
    claims: parts.flatMap((p) => p.claims),
    claimEntities: parts.flatMap((p) => p.claimEntities),
    quantities: parts.flatMap((p) => p.quantities),
    words: parts.flatMap((p) => p.words),
    entityMs,
    claimMs: clock(),
    entityHeap,
    claimHeap: heapMb(),
  };
}

function heapMb(): number {
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

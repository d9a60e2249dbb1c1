import {
  claimEntities as claimEntitiesTable,
  claimRelations as claimRelationsTable,
  claims as claimsTable,
  clusters as clustersTable,
  entities as entitiesTable,
  mentions as mentionsTable,
  quantities as quantitiesTable,
} from '@corroborate/tables';
import { loadSql, type Warehouse } from '@corroborate/warehouse';
import { extractClaims, type ClaimSentence } from './claims/extract-claims';
import { loadGazetteer } from './entities/gazetteer';
import { extractEntities } from './entities/resolve';
import { crossReference } from './xref/cross-reference';
import type { SourceInfo } from './xref/independence';

const SQL = new URL('../sql/', import.meta.url);

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
}

/** The transform stage: body sentences in; entities, mentions, claims, their numbers, clusters and relations out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const sentences = await warehouse.query<ClaimSentence>(loadSql(SQL, 'body_sentences'));
  const clock = stopwatch();
  const progress = options.onProgress;
  const { entities, mentions } = extractEntities(sentences, loadGazetteer(options.gazetteer), (d) => progress?.('entities', d, sentences.length));
  const entitySeconds = clock();
  const { claims, claimEntities, quantities } = extractClaims(sentences, mentions, entities, {
    splitClauses: !options.wholeSentences,
    onProgress: (d) => progress?.('claims', d, sentences.length),
  });
  const claimSeconds = clock();
  const sources = await warehouse.query<SourceInfo>(loadSql(SQL, 'sources'));
  const { clusters, relations, clusterOf } = crossReference({ claims, claimEntities, quantities, sources, sentences }, (d, n) => progress?.('cross-referencing', d, n));
  for (const c of claims) c.cluster_id = clusterOf.get(c.claim_id) ?? null;
  const xrefSeconds = clock();
  await warehouse.replaceTable(entitiesTable, entities);
  await warehouse.replaceTable(mentionsTable, mentions);
  await warehouse.replaceTable(claimsTable, claims);
  await warehouse.replaceTable(claimEntitiesTable, claimEntities);
  await warehouse.replaceTable(quantitiesTable, quantities);
  await warehouse.replaceTable(clustersTable, clusters);
  await warehouse.replaceTable(claimRelationsTable, relations);
  return {
    sentences: sentences.length,
    entities: entities.length,
    mentions: mentions.length,
    claims: claims.length,
    quantities: quantities.length,
    clusters: clusters.length,
    relations: relations.length,
    seconds: { entities: entitySeconds, claims: claimSeconds, crossReference: xrefSeconds, save: clock() },
  };
}

/** Seconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const s = Math.round(now - last) / 1000;
    last = now;
    return s;
  };
}

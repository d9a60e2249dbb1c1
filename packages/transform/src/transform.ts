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
}

export interface TransformSummary {
  sentences: number;
  entities: number;
  mentions: number;
  claims: number;
  quantities: number;
  clusters: number;
  relations: number;
}

/** The transform stage: body sentences in; entities, mentions, claims, their numbers, clusters and relations out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const sentences = await warehouse.query<ClaimSentence>(loadSql(SQL, 'body_sentences'));
  const { entities, mentions } = extractEntities(sentences, loadGazetteer(options.gazetteer));
  const { claims, claimEntities, quantities } = extractClaims(sentences, mentions, entities, { splitClauses: !options.wholeSentences });
  const sources = await warehouse.query<SourceInfo>(loadSql(SQL, 'sources'));
  const { clusters, relations, clusterOf } = crossReference({ claims, claimEntities, quantities, sources, sentences });
  for (const c of claims) c.cluster_id = clusterOf.get(c.claim_id) ?? null;
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
  };
}

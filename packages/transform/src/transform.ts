import { claimEntities as claimEntitiesTable, claims as claimsTable, entities as entitiesTable, mentions as mentionsTable, quantities as quantitiesTable } from '@corroborate/tables';
import { loadSql, type Warehouse } from '@corroborate/warehouse';
import { extractClaims, type ClaimSentence } from './claims/extract-claims';
import { loadGazetteer } from './entities/gazetteer';
import { extractEntities } from './entities/resolve';

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
}

/** The transform stage: body sentences in; entities, mentions, claims and their numbers out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const sentences = await warehouse.query<ClaimSentence>(loadSql(SQL, 'body_sentences'));
  const { entities, mentions } = extractEntities(sentences, loadGazetteer(options.gazetteer));
  const { claims, claimEntities, quantities } = extractClaims(sentences, mentions, entities, { splitClauses: !options.wholeSentences });
  await warehouse.replaceTable(entitiesTable, entities);
  await warehouse.replaceTable(mentionsTable, mentions);
  await warehouse.replaceTable(claimsTable, claims);
  await warehouse.replaceTable(claimEntitiesTable, claimEntities);
  await warehouse.replaceTable(quantitiesTable, quantities);
  return { sentences: sentences.length, entities: entities.length, mentions: mentions.length, claims: claims.length, quantities: quantities.length };
}

import { entities as entitiesTable, mentions as mentionsTable } from '@corroborate/tables';
import { loadSql, type Warehouse } from '@corroborate/warehouse';
import { loadGazetteer } from './entities/gazetteer';
import { extractEntities, type SentenceInput } from './entities/resolve';

const SQL = new URL('../sql/', import.meta.url);

export interface TransformOptions {
  /** The curated gazetteer CSV; a missing file means none. */
  gazetteer: string;
}

export interface TransformSummary {
  sentences: number;
  entities: number;
  mentions: number;
}

/** The transform stage: body sentences in, entities and mentions out. */
export async function runTransform(warehouse: Warehouse, options: TransformOptions): Promise<TransformSummary> {
  const sentences = await warehouse.query<SentenceInput>(loadSql(SQL, 'body_sentences'));
  const { entities, mentions } = extractEntities(sentences, loadGazetteer(options.gazetteer));
  await warehouse.replaceTable(entitiesTable, entities);
  await warehouse.replaceTable(mentionsTable, mentions);
  return { sentences: sentences.length, entities: entities.length, mentions: mentions.length };
}

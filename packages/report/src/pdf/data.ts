import { loadSql, type Params, type Warehouse } from '@corroborate/warehouse';
import { LIMIT } from './theme';

// Every figure of the briefing comes from one of the queries in packages/report/sql/; values
// are bound as parameters. The scope (all claims, or those involving one entity) is set once
// in temporary tables that the other queries read.

const SQL = new URL('../../sql/', import.meta.url);

export interface ScopeEntity {
  entity_id: string;
  name: string;
  type: string;
}

export interface Corpus {
  sources: number;
  first_published: string | null;
  last_published: string | null;
  undated: number;
  duplicates: number;
  words: number;
  rejects: number;
}

export interface Counts {
  claims: number;
  sources_with_claims: number;
  asserted: number;
  reported: number;
  hedged: number;
  asserted_pct: number;
  attributed: number;
  quantitative: number;
  checkworthy: number;
  entities: number;
  figures: number;
  contradictions: number;
}

export interface ClusterCounts {
  clusters: number;
  corroborated: number;
  contested: number;
  single_source: number;
  multi_source: number;
  with_copies: number;
}

export interface ClusterRow {
  cluster_id: string;
  label: string;
  claim_id: string | null;
  claim_count: number;
  source_count: number;
  independent_source_count: number;
  status: string;
  credibility: number;
  sources: string[];
  source_ids: string[];
}

export interface NotableClaim {
  claim_id: string;
  source: string;
  text: string;
  claim_type: string;
  checkworthiness: number;
  modality: string;
  attribution_cue: string | null;
  speaker: string | null;
}

export interface Speaker {
  speaker: string;
  claims: number;
  sources: number;
  pct: number;
}

export interface Contradiction {
  a_id: string;
  a_source: string;
  a_ord: number;
  a_text: string;
  a_modality: string;
  a_polarity: string;
  a_figures: string[];
  a_status: string | null;
  b_id: string;
  b_source: string;
  b_ord: number;
  b_text: string;
  b_modality: string;
  b_polarity: string;
  b_figures: string[];
  b_status: string | null;
  score: number;
  detail: string;
}

export interface QuantityRow {
  counted: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
  text: string;
  claim_id: string;
  source: string;
  claim_text: string;
  group_size: number;
  group_sources: number;
  groups_total: number;
}

export interface EntityRow {
  entity_id: string;
  name: string;
  type: string;
  mentions: number;
  sources: number;
  source_labels: string[];
}

export interface EntityPair {
  a_name: string;
  a_type: string;
  b_name: string;
  b_type: string;
  claims: number;
  sources: number;
}

export interface PlaceRow {
  entity_id: string;
  name: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  mentions: number;
  sources: number;
}

export interface PlaceCounts {
  places: number;
  located: number;
}

export interface SourceRow {
  label: string;
  ord: number;
  file: string;
  title: string | null;
  publisher: string | null;
  published_at: string | null;
  word_count: number;
  duplicate_of: string | null;
  claims: number;
}

export interface DuplicateRow {
  label: string;
  file: string;
  original_label: string;
  original_file: string;
}

export interface RejectRow {
  file: string;
  line: number | null;
  reason: string;
  total: number;
}

export interface AppendixRow {
  claim_id: string;
  source: string;
  ord: number;
  position: number | null;
  start: number;
  end: number;
  claim_type: string;
  text: string;
  /** Claims in the briefing's scope (the appendix may list fewer). */
  total: number;
}

/** What the warehouse holds beyond the tables every run has. */
export interface Stages {
  clusters: boolean;
  relations: boolean;
}

export interface BriefingData {
  entity: ScopeEntity | null;
  stages: Stages;
  corpus: Corpus;
  counts: Counts;
  clusterCounts: ClusterCounts;
  matrix: ClusterRow[];
  corroborated: ClusterRow[];
  contested: ClusterRow[];
  singleSource: NotableClaim[];
  speakers: Speaker[];
  contradictions: Contradiction[];
  quantities: QuantityRow[];
  entities: EntityRow[];
  entityPairs: EntityPair[];
  places: PlaceRow[];
  placeCounts: PlaceCounts;
  mapPlaces: PlaceRow[];
  sources: SourceRow[];
  duplicates: DuplicateRow[];
  rejects: RejectRow[];
  appendix: AppendixRow[];
}

const REQUIRED = ['sources', 'rejects', 'sentences', 'entities', 'mentions', 'claims', 'claim_entities', 'quantities'];

/** Runs every query of the briefing; `entity` (an entity_id, name or alias) restricts it to the claims involving it. */
export async function loadBriefingData(warehouse: Warehouse, entity?: string): Promise<BriefingData> {
  // A failing query is named in the error (at 100k articles DuckDB can run out of memory in one).
  const named = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (cause) {
      throw new Error(`briefing query ${name} failed: ${(cause as Error).message}`, { cause });
    }
  };
  const q = <T>(name: string, params?: Params): Promise<T[]> => named(name, () => warehouse.query<T>(loadSql(SQL, name), params));
  const build = (name: string, params?: Params): Promise<void> => named(name, () => warehouse.run(loadSql(SQL, name), params));
  const one = async <T>(name: string, params?: Params): Promise<T> => {
    const [row] = await q<T>(name, params);
    if (!row) throw new Error(`briefing query ${name} returned no row`);
    return row;
  };

  const columns = await q<{ table_name: string; column_name: string }>('briefing_tables');
  const tables = new Set(columns.map((c) => c.table_name));
  const missing = REQUIRED.filter((t) => !tables.has(t));
  if (missing.length) throw new Error(`cannot write a briefing: the warehouse has no ${missing.join(', ')} table (run \`corroborate run\` first)`);
  const clusterColumn = columns.some((c) => c.table_name === 'claims' && c.column_name === 'cluster_id');
  const stages: Stages = { clusters: tables.has('clusters') && clusterColumn, relations: tables.has('claim_relations') };

  let scope: ScopeEntity | null = null;
  if (entity !== undefined) {
    [scope = null] = await q<ScopeEntity>('briefing_entity', { entity });
    if (!scope) throw new Error(`no entity matches "${entity}" (give an entity_id, a name or an alias)`);
  }
  const entityParam = { entity: scope?.entity_id ?? null };

  try {
    await build('briefing_scope_sources');
    await build(clusterColumn ? 'briefing_scope_claims' : 'briefing_scope_claims_unclustered', entityParam);
    await build('briefing_scope_mentions', entityParam);
    if (stages.clusters) await build('briefing_scope_clusters', entityParam);
    else await build('briefing_scope_clusters_empty');
    await build(stages.relations ? 'briefing_scope_contradictions' : 'briefing_scope_contradictions_empty');

    // The top clusters take their labels from the clusters table, which a warehouse not yet cross-referenced lacks.
    const top = async (status: string | null, limit: number): Promise<ClusterRow[]> => (stages.clusters ? q<ClusterRow>('briefing_top_clusters', { status, limit }) : []);
    return {
      entity: scope,
      stages,
      corpus: await one<Corpus>('briefing_corpus'),
      counts: await one<Counts>('briefing_counts'),
      clusterCounts: await one<ClusterCounts>('briefing_cluster_counts'),
      matrix: await top(null, LIMIT.matrixClusters),
      corroborated: await top('corroborated', LIMIT.summaryItems),
      contested: await top('contested', LIMIT.summaryItems),
      singleSource: await q<NotableClaim>('briefing_single_source', { limit: LIMIT.summaryItems }),
      speakers: await q<Speaker>('briefing_speakers', { limit: LIMIT.speakers }),
      contradictions: await q<Contradiction>('briefing_contradictions', { limit: LIMIT.contradictions }),
      quantities: await q<QuantityRow>('briefing_quantities', { groups: LIMIT.numberGroups, per_group: LIMIT.numbersPerGroup }),
      entities: await q<EntityRow>('briefing_entities', { limit: LIMIT.entities }),
      entityPairs: await q<EntityPair>('briefing_entity_pairs', { limit: LIMIT.entityPairs }),
      places: await q<PlaceRow>('briefing_places', { limit: LIMIT.places }),
      placeCounts: await one<PlaceCounts>('briefing_place_counts'),
      mapPlaces: await q<PlaceRow>('briefing_map_places', { limit: LIMIT.mapPoints }),
      sources: await q<SourceRow>('briefing_source_list'),
      duplicates: await q<DuplicateRow>('briefing_duplicates', { limit: LIMIT.duplicates }),
      rejects: await q<RejectRow>('briefing_rejects', { limit: LIMIT.rejects }),
      appendix: await q<AppendixRow>('briefing_appendix', { limit: LIMIT.appendixClaims }),
    };
  } finally {
    await build('briefing_drop_scope');
  }
}

import { claimRelations, claims, clusters, entities, mentions, quantities, sources } from '@corroborate/tables';

// Wording about how the dataset is built comes from the table declarations (the same text as
// docs/data-dictionary.md), so the briefing cannot drift from the data dictionary.

export const describe = {
  sources: sources.description,
  duplicateOf: sources.columns.duplicate_of.description,
  entities: entities.description,
  entityType: entities.columns.type.description,
  mentions: mentions.description,
  claims: claims.description,
  claimType: claims.columns.claim_type.description,
  checkworthiness: claims.columns.checkworthiness.description,
  modality: claims.columns.modality.description,
  polarity: claims.columns.polarity.description,
  quantities: quantities.description,
  quantityValue: quantities.columns.value.description,
  clusters: clusters.description,
  independentSources: clusters.columns.independent_source_count.description,
  status: clusters.columns.status.description,
  credibility: clusters.columns.credibility.description,
  relations: claimRelations.description,
};

/** Strips the offsets boilerplate sentence that several table descriptions end with. */
export function withoutOffsets(text: string): string {
  return text.replace(/\s*Offsets count UTF-16 code units[^.]*\.(\s*[^.]*exclusive\.)?/g, '').trim();
}

/** "1" → "confirmed", … parsed from the credibility column description ("1 confirmed (…), 2 probably true (…)"). */
export const CREDIBILITY: ReadonlyMap<number, string> = new Map(
  [...clusters.columns.credibility.description.matchAll(/(\d) ([a-z][a-z ]*?) \(/g)].map((m) => [Number(m[1]), m[2]!]),
);

export function credibilityLabel(grade: number | null | undefined): string {
  if (grade === null || grade === undefined) return '';
  const label = CREDIBILITY.get(grade);
  return label ? `${grade} ${label}` : String(grade);
}

/** What each status means, parsed from the status column description ("contested (…), corroborated (…)"). */
export const STATUS_NOTE: ReadonlyMap<string, string> = new Map(
  [...clusters.columns.status.description.matchAll(/([a-z_]+) \(([^)]*)\)/g)].map((m) => [m[1]!, m[2]!]),
);

export function statusLabel(status: string | null | undefined): string {
  return (status ?? '').replace(/_/g, ' ');
}

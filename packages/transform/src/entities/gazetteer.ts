import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { nameKey } from './names';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'NORP' | 'EVENT';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'NORP', 'EVENT'];

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  wikidataId: string | null;
  latitude: number | null;
  longitude: number | null;
  country: string | null;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Entry by the matching key of its name or any alias. */
  byKey: Map<string, GazetteerEntry>;
  /** Entry by the exact spelling of a short all-capitals alias (acronyms match case-sensitively). */
  byAcronym: Map<string, GazetteerEntry>;
  /** First-word keys of names with lower-case words inside ("Al-Qaeda in the Indian Subcontinent"). */
  phraseStarts: Set<string>;
}

export const EMPTY_GAZETTEER: Gazetteer = { entries: [], byKey: new Map(), byAcronym: new Map(), phraseStarts: new Set() };

/** An acronym: mostly capitals, maybe digits and inner hyphens or dots ("TTP", "IS-K", "U.S."). */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && text.length <= 12 && /^\p{Lu}[\p{Lu}\p{N}.&/\u2010-\u2015-]*$/u.test(text) && letters === letters.toUpperCase();
}

/**
 * The curated gazetteer (a CSV users extend): name, type, aliases separated by "|",
 * wikidata_id, latitude, longitude, country. A bad row is an error naming its line.
 */
export function loadGazetteer(path: string): Gazetteer {
  if (!existsSync(path)) return EMPTY_GAZETTEER;
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new Error(`${path}: row ${(e.row ?? 0) + 1}: ${e.message}`);
  }
  const entries = parsed.data.map((row, i) => parseEntry(row, `${path}: row ${i + 1}`));
  return indexGazetteer(entries);
}

function parseEntry(row: Record<string, string>, where: string): GazetteerEntry {
  const name = row.name?.trim();
  const type = row.type?.trim().toUpperCase() as EntityType;
  if (!name) throw new Error(`${where}: empty name`);
  if (!ENTITY_TYPES.includes(type)) throw new Error(`${where}: type "${row.type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  const number = (field: string): number | null => {
    const v = row[field]?.trim();
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Error(`${where}: ${field} "${v}" is not a number`);
    return n;
  };
  return {
    name,
    type,
    aliases: (row.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
    wikidataId: row.wikidata_id?.trim() || null,
    latitude: number('latitude'),
    longitude: number('longitude'),
    country: row.country?.trim().toUpperCase() || null,
  };
}

export function indexGazetteer(entries: GazetteerEntry[]): Gazetteer {
  const byKey = new Map<string, GazetteerEntry>();
  const byAcronym = new Map<string, GazetteerEntry>();
  const phraseStarts = new Set<string>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      if (isAcronym(form)) byAcronym.set(form.replace(/[\u2010-\u2015]/g, '-'), entry);
      else byKey.set(nameKey(form), entry);
      const words = form.split(/\s+/);
      if (words.length > 1 && words.some((w) => /^\p{Ll}/u.test(w))) phraseStarts.add(nameKey(words[0]!));
    }
  }
  return { entries, byKey, byAcronym, phraseStarts };
}

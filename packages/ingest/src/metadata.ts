import * as chrono from 'chrono-node';
import { eld } from 'eld/medium';

/** Metadata an input may carry for an article; every field optional. */
export interface ArticleMeta {
  title?: string | null;
  publisher?: string | null;
  author?: string | null;
  published_at?: string | null;
  url?: string | null;
  language?: string | null;
}

export const META_FIELDS = ['title', 'publisher', 'author', 'published_at', 'url', 'language'] as const;

// Column names people use for the same field in exported CSV/JSON files.
const ALIASES: Record<string, (typeof META_FIELDS)[number]> = {
  title: 'title',
  headline: 'title',
  publisher: 'publisher',
  site: 'publisher',
  site_name: 'publisher',
  outlet: 'publisher',
  source: 'publisher',
  author: 'author',
  byline: 'author',
  authors: 'author',
  published_at: 'published_at',
  published: 'published_at',
  date: 'published_at',
  publish_date: 'published_at',
  pub_date: 'published_at',
  url: 'url',
  link: 'url',
  language: 'language',
  lang: 'language',
};

/** Picks the metadata fields out of a record with loosely named keys. */
export function metaFromRecord(record: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const [key, value] of Object.entries(record)) {
    const field = ALIASES[key.trim().toLowerCase()];
    if (field && meta[field] == null && typeof value === 'string' && value.trim()) meta[field] = value.trim();
    else if (field && meta[field] == null && typeof value === 'number') meta[field] = String(value);
  }
  return meta;
}

/** Later sources of metadata win over earlier ones, field by field. */
export function mergeMeta(...metas: (ArticleMeta | undefined)[]): ArticleMeta {
  const out: ArticleMeta = {};
  for (const m of metas) {
    if (!m) continue;
    for (const f of META_FIELDS) if (m[f]) out[f] = m[f];
  }
  return out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** A publication date as YYYY-MM-DD, or null when the text holds no complete date. */
export function parsePublishedDate(value: string): string | null {
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return validDate(+iso[1]!, +iso[2]!, +iso[3]!);
  const [result] = chrono.strict.parse(value);
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return null;
  return validDate(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

function validDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/** ISO 639-1 code: the declared one (primary subtag of a BCP 47 tag), else detected from the text. */
export function languageOf(declared: string | null | undefined, text: string): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && /^[a-z]{2,3}$/.test(tag)) return tag;
  // ELD (its medium n-gram set, bundled in the package) reads the first paragraphs, where a
  // language shows: about 0.15 ms an article, against 1 ms for tinyld, which was a third of
  // per-file ingest work.
  return eld.detect(text.slice(0, 1500)).language || null;
}

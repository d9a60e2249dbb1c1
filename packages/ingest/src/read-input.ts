import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { marked } from 'marked';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { decodeText, DecodeError } from './decode';
import { InputError } from './errors';
import { extractHtmlArticle, htmlToPlainText } from './html';
import { metaFromRecord, type ArticleMeta } from './metadata';

/** An article as read from its input, before normalisation. */
export interface RawArticle {
  file: string;
  /** Row number inside a .csv/.jsonl file (1-based, header excluded), else null. */
  line: number | null;
  externalId: string | null;
  text: string;
  encoding: string;
  sha256: string;
  meta: ArticleMeta;
}

export interface Limits {
  /** Largest single article, in bytes (a .txt/.md/.html file or a row's text). */
  maxArticleBytes: number;
  /** Largest .csv/.jsonl file, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxArticleBytes: 5 * 2 ** 20, maxFileBytes: 1024 * 2 ** 20 };

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'];
export const TABLE_EXTENSIONS = ['.csv', '.jsonl', '.ndjson'];

export interface ReadResult {
  articles: RawArticle[];
  rejects: InputError[];
}

/** Refuses a file by its name and size, before reading it. */
export function checkInputFile(file: string, size: number, limits: Limits = DEFAULT_LIMITS): void {
  const ext = extname(file).toLowerCase();
  const isTable = TABLE_EXTENSIONS.includes(ext);
  if (!isTable && !ARTICLE_EXTENSIONS.includes(ext)) {
    throw new InputError(file, `unsupported file type "${ext || '(none)'}" (expected ${[...ARTICLE_EXTENSIONS, ...TABLE_EXTENSIONS].join(' ')})`);
  }
  const max = isTable ? limits.maxFileBytes : limits.maxArticleBytes;
  if (size > max) throw new InputError(file, `file too large: ${formatBytes(size)} (limit ${formatBytes(max)})`);
  if (size === 0) throw new InputError(file, 'empty file');
}

/** Reads one input file's bytes into its articles; problems with single rows come back as rejects. */
export function readInput(bytes: Buffer, file: string, limits: Limits = DEFAULT_LIMITS): ReadResult {
  checkInputFile(file, bytes.length, limits);
  const ext = extname(file).toLowerCase();
  const isTable = TABLE_EXTENSIONS.includes(ext);
  const { text, encoding } = decode(file, bytes);
  if (!isTable) {
    const sha256 = sha256Hex(bytes);
    return { articles: [{ file, line: null, externalId: null, encoding, sha256, ...articleText(ext, text) }], rejects: [] };
  }
  const records = ext === '.csv' ? csvRecords(file, text) : jsonlRecords(file, text);
  return articlesFromRecords(file, encoding, records, limits);
}

function decode(file: string, bytes: Uint8Array) {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(file, error.message, null, { cause: error });
    throw error;
  }
}

function articleText(ext: string, text: string): { text: string; meta: ArticleMeta } {
  if (ext === '.html' || ext === '.htm') return extractHtmlArticle(text);
  if (ext === '.md' || ext === '.markdown') return markdownArticle(text);
  return { text, meta: {} };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function markdownArticle(source: string): { text: string; meta: ArticleMeta } {
  let meta: ArticleMeta = {};
  let body = source;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    const data: unknown = parseYaml(fm[1]!);
    if (data && typeof data === 'object') meta = metaFromRecord(data as Record<string, unknown>);
    body = source.slice(fm[0].length);
  }
  return { text: htmlToPlainText(marked.parse(body, { async: false })), meta };
}

interface SourceRecord {
  line: number;
  fields: Record<string, unknown>;
  error?: string;
}

function csvRecords(file: string, text: string): SourceRecord[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('text')) {
    throw new InputError(file, `no "text" column (columns: ${fields.join(', ') || 'none'})`);
  }
  const errors = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined) errors.set(e.row, `${e.code}: ${e.message}`);
  return parsed.data.map((fieldsOfRow, i) => ({ line: i + 1, fields: fieldsOfRow, error: errors.get(i) }));
}

function jsonlRecords(file: string, text: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const value: unknown = JSON.parse(raw);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        records.push({ line: i + 1, fields: value as Record<string, unknown> });
      } else {
        records.push({ line: i + 1, fields: {}, error: 'not a JSON object' });
      }
    } catch (e) {
      records.push({ line: i + 1, fields: {}, error: `invalid JSON: ${(e as Error).message}` });
    }
  });
  if (records.length === 0) throw new InputError(file, 'no rows');
  return records;
}

function articlesFromRecords(file: string, encoding: string, records: SourceRecord[], limits: Limits): ReadResult {
  const articles: RawArticle[] = [];
  const rejects: InputError[] = [];
  const seenIds = new Map<string, number>();
  for (const { line, fields, error } of records) {
    const text = fields.text;
    const id = fields.id === undefined || fields.id === null ? '' : String(fields.id).trim();
    const problem =
      error ??
      (typeof text !== 'string' || !text.trim()
        ? 'missing or empty "text"'
        : Buffer.byteLength(text) > limits.maxArticleBytes
          ? `text too large: ${formatBytes(Buffer.byteLength(text))} (limit ${formatBytes(limits.maxArticleBytes)})`
          : id && seenIds.has(id)
            ? `duplicate id "${id}" (first on row ${seenIds.get(id)})`
            : null);
    if (problem) {
      rejects.push(new InputError(file, `row ${line}: ${problem}`, line));
      continue;
    }
    if (id) seenIds.set(id, line);
    articles.push({
      file,
      line,
      externalId: id || null,
      text: text as string,
      encoding,
      sha256: sha256Hex(Buffer.from(text as string, 'utf8')),
      meta: metaFromRecord(fields),
    });
  }
  return { articles, rejects };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function formatBytes(n: number): string {
  return n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

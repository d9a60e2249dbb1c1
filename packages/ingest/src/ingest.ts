import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documents, ingestCache, rejects as rejectsTable, sentences as sentencesTable, sources as sourcesTable, stableId } from '@corroborate/tables';
import type { Document, Reject, Sentence, Source } from '@corroborate/tables';
import { WorkerPool } from '@corroborate/pool';
import type { Warehouse } from '@corroborate/warehouse';
import { analyseDocument, type AnalysedDocument } from './analyse';
import { corpusBoilerplate, lineKey } from './boilerplate';
import { byCodePoint, discoverInputs } from './discover';
import { InputError } from './errors';
import { readManifest } from './manifest';
import { languageOf, mergeMeta, parsePublishedDate, type ArticleMeta } from './metadata';
import { minhash, nearDuplicates } from './near-duplicates';
import { normaliseText } from './normalise';
import { checkInputFile, DEFAULT_LIMITS, readInput, sha256Hex, type Limits, type RawArticle } from './read-input';

export interface IngestOptions {
  input: string;
  limits?: Limits;
  /** Called after each input file. */
  onProgress?: (done: number, total: number) => void;
  /** Non-fatal notes for the operator (e.g. an unparseable date). */
  onWarning?: (message: string) => void;
}

export interface IngestResult {
  sources: Source[];
  /** Produced while they are written: a large corpus never holds every row at once. */
  documents: Iterable<Document>;
  sentences: Iterable<Sentence>;
  rejects: Reject[];
  /** Each input file's own analysis, keyed by its content, for the next run to reuse. */
  cache: CachedFile[];
  files: FileCounts;
}

/** A file's articles and rejects as analysed on their own, before corpus-wide steps. */
export interface CachedFile {
  file: string;
  sha256: string;
  payload: string;
}

export interface FileCounts {
  new: number;
  changed: number;
  removed: number;
  /** Read and analysed in this run (new and changed files); the others were reused. */
  processed: number;
  reused: number;
}

export interface IngestSummary {
  files: number;
  sources: number;
  sentences: number;
  rejects: number;
  words: number;
  counts: FileCounts;
}

/** The ingest stage: read the input folder, build the four tables, save them in the warehouse. */
export async function runIngest(warehouse: Warehouse, options: IngestOptions): Promise<IngestSummary> {
  const previous = (await warehouse.hasTable(ingestCache.name)) ? await warehouse.readTable(ingestCache) : [];
  const result = await ingestFolder({ ...options, cache: new Map(previous.map((c) => [c.file, c])) });
  return saveIngest(warehouse, result);
}

/** Ingest from the per-document analyses of several shards (each a list of cached files and base rejects). */
export async function runIngestFromShards(warehouse: Warehouse, shards: { cache: CachedFile[]; rejects: Reject[] }[]): Promise<IngestSummary> {
  const cache = shards.flatMap((s) => s.cache);
  const result = { ...assembleIngest(cache, shards.flatMap((s) => s.rejects)), cache, files: { new: cache.length, changed: 0, removed: 0, processed: 0, reused: cache.length } };
  return saveIngest(warehouse, result);
}

async function saveIngest(warehouse: Warehouse, result: IngestResult): Promise<IngestSummary> {
  await warehouse.replaceTable(sourcesTable, result.sources);
  await warehouse.replaceTable(documents, result.documents);
  const sentences = await warehouse.replaceTable(sentencesTable, result.sentences);
  await warehouse.replaceTable(rejectsTable, result.rejects);
  await warehouse.replaceTable(ingestCache, result.cache);
  return {
    files: new Set(result.sources.map((s) => s.file)).size,
    sources: result.sources.length,
    sentences,
    rejects: result.rejects.length,
    words: result.sources.reduce((n, s) => n + s.word_count, 0),
    counts: result.files,
  };
}

interface Article {
  raw: Pick<RawArticle, 'file' | 'line' | 'externalId'>;
  source: Source;
  text: string;
  analysed: AnalysedDocument;
}

/** What one file gives on its own: its articles and its problems. */
interface FileResult {
  articles: Article[];
  rejects: Reject[];
}

// The layout of a cached analysis. It is part of every file's content key, so a change to
// the per-file analysis (bump it then) makes the next run analyse every file again instead
// of reusing analyses made by older code.
const ANALYSIS_FORMAT = 'analysis-v2';

/**
 * A file's analysis as cached: sentences keep their offsets but not their text (a copy of
 * the document's), which halves what a large corpus holds in memory between the passes.
 */
function encodePayload({ articles, rejects }: FileResult): string {
  const withoutText = articles.map((a) => ({ ...a, analysed: { ...a.analysed, sentences: a.analysed.sentences.map(({ text: _, ...offsets }) => offsets) } }));
  return JSON.stringify({ articles: withoutText, rejects });
}

function decodePayload(payload: string): FileResult {
  const result = JSON.parse(payload) as FileResult;
  for (const a of result.articles) for (const s of a.analysed.sentences) s.text = a.text.slice(s.start, s.end);
  return result;
}

/** Which part of the input a machine handles: files whose path hashes to `index` modulo `count`. */
export interface Shard {
  index: number;
  count: number;
}

export function inShard(file: string, shard: Shard | undefined): boolean {
  return !shard || Number.parseInt(stableId('shard', file).slice(0, 8), 16) % shard.count === shard.index;
}

export interface FileAnalysis {
  /** Every input file's own analysis (articles and rejects), keyed by its content. */
  cache: CachedFile[];
  /** Problems found before any file is read: links leaving the folder, bad manifest rows. */
  rejects: Reject[];
  files: FileCounts;
}

/** A file's cache key: its bytes and its manifest row (a changed title re-analyses the file). */
function contentKey(bytes: Buffer, meta: ArticleMeta | undefined): string {
  return sha256Hex(Buffer.concat([bytes, Buffer.from(`\u0000${JSON.stringify(meta ?? null)}\u0000${ANALYSIS_FORMAT}`)]));
}

/**
 * The content key of every input file (as analyseFiles computes it), without analysing
 * anything: what a run compares with the last one to see whether there is work to do.
 */
export function scanInputs(input: string): { file: string; sha256: string }[] {
  const discovered = discoverInputs(input);
  const manifest = readManifest(input);
  return discovered.files.map((file) => {
    const meta = manifest.entries.get(file);
    const bytes = readFileSync(join(input, file));
    return { file, sha256: contentKey(bytes, meta) };
  });
}

/**
 * The per-document half of ingest: read, decode, normalise and segment each file on its own.
 * Files whose content (and manifest row) match `cache` are reused as they are. With a
 * shard, only that shard's files are read (and the manifest's own problems only by shard 0).
 */
export async function analyseFiles({ input, limits = DEFAULT_LIMITS, onProgress, onWarning, cache = new Map(), shard }: IngestOptions & { cache?: Map<string, CachedFile>; shard?: Shard }): Promise<FileAnalysis> {
  const discovered = discoverInputs(input);
  const manifest = readManifest(input);
  const rejects: Reject[] = [
    ...discovered.rejects.filter((r) => inShard(r.file, shard)),
    ...(!shard || shard.index === 0 ? manifest.rejects : []),
  ].map(rejectRow);
  const counts: FileCounts = { new: 0, changed: 0, removed: 0, processed: 0, reused: 0 };
  const files = discovered.files.filter((f) => inShard(f, shard));
  // First the cheap pass: read and hash every file, reuse what the cache already knows.
  const entries: (CachedFile & { task?: FileTask })[] = files.map((file) => {
    const path = join(input, file);
    const meta = manifest.entries.get(file);
    try {
      checkInputFile(file, statSync(path).size, limits);
      const bytes = readFileSync(path);
      const sha256 = contentKey(bytes, meta);
      const cached = cache.get(file);
      if (cached?.sha256 === sha256) {
        counts.reused++;
        return { file, sha256, payload: cached.payload };
      }
      counts[cached ? 'changed' : 'new']++;
      counts.processed++;
      return { file, sha256, payload: '', task: { path, file, meta: meta ?? null, limits } };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { file, sha256: `unread:${file}`, payload: encodePayload({ articles: [], rejects: [rejectRow(error)] }) };
    }
  });
  // Then the analysis of new and changed files, over every core.
  const tasks = entries.filter((e) => e.task);
  let done = files.length - tasks.length;
  onProgress?.(done, files.length);
  const pool = WorkerPool.open(new URL('./analyse-worker.mjs', import.meta.url), analyseFile, tasks.length);
  let results: ReturnType<typeof analyseFile>[];
  try {
    results = await pool.runAll(
      tasks.map((e) => e.task!),
      () => onProgress?.(++done, files.length),
    );
  } finally {
    await pool.close();
  }
  tasks.forEach((e, i) => {
    e.payload = results[i]!.payload;
    for (const w of results[i]!.warnings) onWarning?.(w);
  });
  const present = new Set(discovered.files);
  counts.removed = [...cache.keys()].filter((f) => !present.has(f)).length;
  return { cache: entries.map(({ file, sha256, payload }) => ({ file, sha256, payload })), rejects, files: counts };
}

/**
 * The corpus-wide half of ingest, over every file's own analysis (from this machine or from
 * shards): template lines repeated across sources, near-duplicate sources, then the rows.
 * A first pass keeps only what those steps need (each source's short lines and a MinHash
 * signature); documents and sentences are parsed again from the analyses as they are written.
 */
export function assembleIngest(cache: CachedFile[], baseRejects: Reject[]): Omit<IngestResult, 'cache' | 'files'> {
  const ordered = [...cache].sort((a, b) => byCodePoint(a.file, b.file));
  const rejects: Reject[] = [...baseRejects];
  const lines: string[][] = [];
  for (const entry of ordered) {
    const own = decodePayload(entry.payload);
    rejects.push(...own.rejects);
    for (const a of own.articles) lines.push(paragraphLines(a.analysed));
  }
  const template = corpusBoilerplate(lines);
  // Each pass parses the analyses again, with the template lines marked.
  const articles = function* (): Generator<Article> {
    for (const entry of ordered) {
      for (const a of decodePayload(entry.payload).articles) {
        markTemplateLines(a.analysed, template);
        yield a;
      }
    }
  };
  const sources: Source[] = [];
  const signatures: Signed[] = [];
  for (const a of articles()) {
    sources.push(a.source);
    signatures.push({ source: a.source, line: a.raw.line ?? 0, signature: minhash(bodyText(a.analysed)) });
  }
  markNearDuplicates(signatures);
  return {
    sources,
    documents: { *[Symbol.iterator]() { for (const a of articles()) yield { source_id: a.source.source_id, text: a.text }; } },
    sentences: {
      *[Symbol.iterator]() {
        for (const a of articles()) yield* sentenceRows(a);
      },
    },
    rejects,
  };
}

/** Reads and processes a whole input folder in memory (no warehouse involved). */
export async function ingestFolder(options: IngestOptions & { cache?: Map<string, CachedFile> }): Promise<IngestResult> {
  const analysis = await analyseFiles(options);
  return { ...assembleIngest(analysis.cache, analysis.rejects), cache: analysis.cache, files: analysis.files };
}

/** One file to analyse, as sent to a worker thread. */
export interface FileTask {
  path: string;
  file: string;
  meta: ArticleMeta | null;
  limits: Limits;
}

/** A file analysed on its own: its payload for the cache, and notes for the operator. */
export function analyseFile(task: FileTask): { payload: string; warnings: string[] } {
  const warnings: string[] = [];
  const result = processFile(readFileSync(task.path), task.file, task.meta ?? undefined, task.limits, (w) => warnings.push(w));
  return { payload: encodePayload(result), warnings };
}

function processFile(bytes: Buffer, file: string, meta: ArticleMeta | undefined, limits: Limits, onWarning?: (m: string) => void): FileResult {
  const result: FileResult = { articles: [], rejects: [] };
  try {
    const { articles: raws, rejects } = readInput(bytes, file, limits);
    result.rejects.push(...rejects.map(rejectRow));
    for (const raw of raws) {
      const article = buildArticle(raw, meta, onWarning);
      if (article) result.articles.push(article);
      else result.rejects.push(rejectRow(new InputError(file, `${raw.line ? `row ${raw.line}: ` : ''}no text after normalisation`, raw.line)));
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.rejects.push(rejectRow(error));
  }
  return result;
}

function rejectRow(p: InputError): Reject {
  return { file: p.file, line: p.line, reason: p.message };
}

function buildArticle(raw: RawArticle, manifestMeta: ArticleMeta | undefined, warn?: (m: string) => void): Article | null {
  const text = normaliseText(raw.text);
  if (!text) return null;
  const analysed = analyseDocument(text);
  const meta = mergeMeta(raw.meta, manifestMeta);
  const where = raw.line ? `${raw.file} row ${raw.line}` : raw.file;
  let publishedAt: string | null = null;
  if (meta.published_at) {
    publishedAt = parsePublishedDate(meta.published_at);
    if (!publishedAt) warn?.(`${where}: published_at "${meta.published_at}" is not a complete date; left empty`);
  }
  const first = analysed.sentences[0];
  const source: Source = {
    source_id: stableId('source', raw.file, raw.externalId ?? (raw.line ? raw.sha256 : '')),
    file: raw.file,
    external_id: raw.externalId,
    title: meta.title ?? (first?.kind === 'heading' ? first.text : null),
    publisher: meta.publisher ?? null,
    author: meta.author ?? null,
    published_at: publishedAt,
    url: meta.url ?? null,
    language: languageOf(meta.language, text),
    encoding: raw.encoding,
    sha256: raw.sha256,
    char_count: text.length,
    word_count: analysed.wordCount,
    duplicate_of: null,
  };
  return { raw: { file: raw.file, line: raw.line, externalId: raw.externalId }, source, text, analysed };
}

/** Short lines repeated across many sources (corpusBoilerplate) are a site's template, whatever they say. */
function markTemplateLines(analysed: AnalysedDocument, template: Set<string>): void {
  if (template.size === 0) return;
  for (const s of analysed.sentences) {
    if (s.kind !== 'boilerplate' && template.has(lineKey(s.text))) s.kind = 'boilerplate';
  }
}

function paragraphLines({ sentences }: AnalysedDocument): string[] {
  const counts = new Map<number, number>();
  for (const s of sentences) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + 1);
  return sentences.filter((s) => counts.get(s.paragraph) === 1).map((s) => s.text);
}

/** The body text a near-duplicate is judged on: body sentences, without repeats inside the document. */
function bodyText({ sentences }: AnalysedDocument): string {
  return sentences.filter((s) => s.kind === 'body' && s.repeats === null).map((s) => s.text).join(' ');
}

interface Signed {
  source: Source;
  line: number;
  signature: Uint32Array;
}

/** The earliest-dated copy (then the first by file name) is canonical; the others point to it. */
function markNearDuplicates(signed: Signed[]): void {
  const ordered = [...signed].sort(
    (a, b) =>
      byCodePoint(a.source.published_at ?? '9999', b.source.published_at ?? '9999') ||
      byCodePoint(a.source.file, b.source.file) ||
      a.line - b.line,
  );
  const duplicates = nearDuplicates(ordered.map((x) => ({ id: x.source.source_id, signature: x.signature })));
  for (const x of signed) x.source.duplicate_of = duplicates.get(x.source.source_id) ?? null;
}

function sentenceRows({ source, analysed }: Article): Sentence[] {
  const occurrences = new Map<string, number>();
  const ids = analysed.sentences.map((s) => {
    const n = occurrences.get(s.text) ?? 0;
    occurrences.set(s.text, n + 1);
    return stableId('sentence', source.source_id, s.text, n);
  });
  return analysed.sentences.map((s, i) => ({
    sentence_id: ids[i]!,
    source_id: source.source_id,
    paragraph: s.paragraph,
    position: s.position,
    start: s.start,
    end: s.end,
    text: s.text,
    kind: s.kind,
    duplicate_of: s.repeats === null ? null : ids[s.repeats]!,
  }));
}

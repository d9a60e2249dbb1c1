import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { documents, ingestCache, rejects as rejectsTable, sentences as sentencesTable, sources as sourcesTable, stableId } from '@corroborate/tables';
import type { Document, Reject, Sentence, Source } from '@corroborate/tables';
import { WorkerPool } from '@corroborate/pool';
import { loadSql, textList, type TableWriter, type Warehouse } from '@corroborate/warehouse';
import { analyseDocument, type AnalysedDocument } from './analyse';
import { CorpusTemplate, lineKey } from './boilerplate';
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

/** Each input file's own analysis, keyed by its content, for the next run to reuse. */
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

const SQL = new URL('../sql/', import.meta.url);

/**
 * The ingest stage: read the input folder, build the four tables, save them in the warehouse.
 * Every file's analysis goes to the warehouse's cache table as it comes back from the
 * workers, and the corpus-wide passes read them back from there: a large corpus never holds
 * them all in memory. Unchanged files keep the last run's analysis, copied inside DuckDB.
 */
export async function runIngest(warehouse: Warehouse, options: IngestOptions): Promise<IngestSummary> {
  const previous = (await warehouse.hasTable(ingestCache.name)) ? await warehouse.query<{ file: string; sha256: string }>(loadSql(SQL, 'ingest_cache_keys')) : [];
  const cache = await warehouse.writeAside(ingestCache);
  const analysis = await analyseFiles({ ...options, previous: new Map(previous.map((c) => [c.file, c.sha256])), save: (entry) => cache.append([entry]) });
  cache.close();
  if (analysis.reused.length) await warehouse.run(loadSql(SQL, 'ingest_cache_reused'), [textList(analysis.reused)]);
  return assembleInto(warehouse, cache, await cachedFiles(warehouse), analysis.rejects, analysis.files);
}

/** Ingest from the per-document analyses of several shards (`files.parquet` of each, and its base rejects). */
export async function runIngestFromShards(warehouse: Warehouse, shards: { files: string; rejects: Reject[] }[]): Promise<IngestSummary> {
  const cache = await warehouse.writeAside(ingestCache);
  cache.close();
  for (const shard of shards) await warehouse.run(loadSql(SQL, 'ingest_cache_from_shard'), [shard.files]);
  const names = await cachedFiles(warehouse);
  const files = { new: names.length, changed: 0, removed: 0, processed: 0, reused: names.length };
  return assembleInto(warehouse, cache, names, shards.flatMap((s) => s.rejects), files);
}

// Analyses are read back this many files at a time, by ranges of file names: one ORDER BY
// over every payload made DuckDB hold or spill the whole cache's text, and ran out of memory.
const ANALYSES_PER_READ = 2048;

/** The files of the new cache table, in the order of the corpus-wide passes. */
async function cachedFiles(warehouse: Warehouse): Promise<string[]> {
  return (await warehouse.query<{ file: string }>(loadSql(SQL, 'ingest_cache_files'))).map((r) => r.file);
}

/**
 * The corpus-wide half over the analyses in the new cache table (`names`: its files, from
 * cachedFiles), then every ingest table swapped in at once.
 */
async function assembleInto(warehouse: Warehouse, cache: TableWriter<typeof ingestCache>, names: string[], baseRejects: Reject[], files: FileCounts): Promise<IngestSummary> {
  const analyses = async function* () {
    for (let i = 0; i < names.length; i += ANALYSES_PER_READ) {
      const last = names[Math.min(i + ANALYSES_PER_READ, names.length) - 1]!;
      yield await warehouse.query<CachedFile>(loadSql(SQL, 'ingest_cache_range'), [names[i]!, last]);
    }
  };
  const documentsOut = await warehouse.writeAside(documents);
  const sentencesOut = await warehouse.writeAside(sentencesTable);
  const { sources, rejects } = await assembleIngest(analyses, baseRejects, {
    documents: (rows) => documentsOut.append(rows),
    sentences: (rows) => sentencesOut.append(rows),
  });
  const sourcesOut = await warehouse.writeAside(sourcesTable);
  sourcesOut.append(sources);
  const rejectsOut = await warehouse.writeAside(rejectsTable);
  rejectsOut.append(rejects);
  const sentences = sentencesOut.close();
  await warehouse.swapIn([sourcesOut, documentsOut, sentencesOut, rejectsOut, cache]);
  return {
    files: new Set(sources.map((s) => s.file)).size,
    sources: sources.length,
    sentences,
    rejects: rejects.length,
    words: sources.reduce((n, s) => n + s.word_count, 0),
    counts: files,
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
 * the document's), which halves what the cache holds.
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
  /** Files whose analysis from the last run (`previous`) still holds, not saved again. */
  reused: string[];
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
 * The per-document half of ingest: read, decode, normalise and segment each file on its own,
 * handing each file's analysis to `save` as soon as it is made. Files whose content key
 * (bytes and manifest row) matches `previous` are reused, not analysed nor saved again. With
 * a shard, only that shard's files are read (and the manifest's own problems only by shard 0).
 */
export async function analyseFiles({
  input,
  limits = DEFAULT_LIMITS,
  onProgress,
  onWarning,
  previous = new Map(),
  save,
  shard,
}: IngestOptions & { previous?: Map<string, string>; save: (entry: CachedFile) => void; shard?: Shard }): Promise<FileAnalysis> {
  const discovered = discoverInputs(input);
  const manifest = readManifest(input);
  const rejects: Reject[] = [
    ...discovered.rejects.filter((r) => inShard(r.file, shard)),
    ...(!shard || shard.index === 0 ? manifest.rejects : []),
  ].map(rejectRow);
  const counts: FileCounts = { new: 0, changed: 0, removed: 0, processed: 0, reused: 0 };
  const files = discovered.files.filter((f) => inShard(f, shard));
  const reused: string[] = [];
  const tasks: (FileTask & { sha256: string })[] = [];
  // First the cheap pass: read and hash every file, reuse what the last run already knows.
  for (const file of files) {
    const path = join(input, file);
    const meta = manifest.entries.get(file);
    try {
      checkInputFile(file, statSync(path).size, limits);
      const sha256 = contentKey(readFileSync(path), meta);
      const before = previous.get(file);
      if (before === sha256) {
        counts.reused++;
        reused.push(file);
        continue;
      }
      counts[before ? 'changed' : 'new']++;
      counts.processed++;
      tasks.push({ path, file, meta: meta ?? null, limits, sha256 });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      save({ file, sha256: `unread:${file}`, payload: encodePayload({ articles: [], rejects: [rejectRow(error)] }) });
    }
  }
  // Then the analysis of new and changed files, over every core, saved as each comes back.
  let done = files.length - tasks.length;
  onProgress?.(done, files.length);
  const pool = WorkerPool.open(new URL('./analyse-worker.mjs', import.meta.url), analyseFile, tasks.length);
  try {
    let i = 0;
    for await (const result of pool.results<ReturnType<typeof analyseFile>>(tasks)) {
      const { file, sha256 } = tasks[i++]!;
      save({ file, sha256, payload: result.payload });
      for (const w of result.warnings) onWarning?.(w);
      onProgress?.(++done, files.length);
    }
  } finally {
    await pool.close();
  }
  const present = new Set(discovered.files);
  counts.removed = [...previous.keys()].filter((f) => !present.has(f)).length;
  return { reused, rejects, files: counts };
}

/** Where the corpus-wide half reads every file's analysis from: in file order, each time it is called. */
export type Analyses = () => AsyncIterable<CachedFile[]>;

/** Where the corpus-wide half writes its rows as it makes them. */
export interface IngestRows {
  documents: (rows: Document[]) => void;
  sentences: (rows: Sentence[]) => void;
}

/**
 * The corpus-wide half of ingest, over every file's own analysis (from this machine or from
 * shards): template lines repeated across sources, near-duplicate sources, then the rows.
 * A first pass counts what finding template lines needs (each source's short lines); the
 * second writes documents and sentences as it goes and keeps each source with a MinHash
 * signature for the near-duplicates, found at the end.
 */
export async function assembleIngest(analyses: Analyses, baseRejects: Reject[], out: IngestRows): Promise<{ sources: Source[]; rejects: Reject[] }> {
  const rejects: Reject[] = [...baseRejects];
  const corpusTemplate = new CorpusTemplate();
  for await (const batch of analyses()) {
    for (const entry of batch) {
      const own = decodePayload(entry.payload);
      rejects.push(...own.rejects);
      for (const a of own.articles) corpusTemplate.add(paragraphLines(a.analysed));
    }
  }
  const template = corpusTemplate.lines();
  const sources: Source[] = [];
  const signatures: Signed[] = [];
  for await (const batch of analyses()) {
    const documentRows: Document[] = [];
    const sentenceRows: Sentence[] = [];
    for (const entry of batch) {
      for (const a of decodePayload(entry.payload).articles) {
        markTemplateLines(a.analysed, template);
        sources.push(a.source);
        signatures.push({ source: a.source, line: a.raw.line ?? 0, signature: minhash(bodyText(a.analysed)) });
        documentRows.push({ source_id: a.source.source_id, text: a.text });
        for (const row of sentenceRowsOf(a)) sentenceRows.push(row);
      }
    }
    out.documents(documentRows);
    out.sentences(sentenceRows);
  }
  markNearDuplicates(signatures);
  return { sources, rejects };
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

/** Short lines repeated across many sources (CorpusTemplate) are a site's template, whatever they say. */
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

function sentenceRowsOf({ source, analysed }: Article): Sentence[] {
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

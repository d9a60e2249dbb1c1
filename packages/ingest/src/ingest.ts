import { join } from 'node:path';
import { documents, rejects as rejectsTable, sentences as sentencesTable, sources as sourcesTable, stableId } from '@corroborate/tables';
import type { Document, Reject, Sentence, Source } from '@corroborate/tables';
import type { Warehouse } from '@corroborate/warehouse';
import { analyseDocument, type AnalysedDocument } from './analyse';
import { corpusBoilerplate, lineKey } from './boilerplate';
import { byCodePoint, discoverInputs } from './discover';
import { InputError } from './errors';
import { readManifest } from './manifest';
import { languageOf, mergeMeta, parsePublishedDate } from './metadata';
import { minhash, nearDuplicates } from './near-duplicates';
import { normaliseText } from './normalise';
import { DEFAULT_LIMITS, readInput, type Limits, type RawArticle } from './read-input';

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
  documents: Document[];
  sentences: Sentence[];
  rejects: Reject[];
}

export interface IngestSummary {
  files: number;
  sources: number;
  sentences: number;
  rejects: number;
  words: number;
}

/** The ingest stage: read the input folder, build the four tables, save them in the warehouse. */
export async function runIngest(warehouse: Warehouse, options: IngestOptions): Promise<IngestSummary> {
  const result = ingestFolder(options);
  await warehouse.replaceTable(sourcesTable, result.sources);
  await warehouse.replaceTable(documents, result.documents);
  await warehouse.replaceTable(sentencesTable, result.sentences);
  await warehouse.replaceTable(rejectsTable, result.rejects);
  return {
    files: new Set(result.sources.map((s) => s.file)).size,
    sources: result.sources.length,
    sentences: result.sentences.length,
    rejects: result.rejects.length,
    words: result.sources.reduce((n, s) => n + s.word_count, 0),
  };
}

interface Article {
  raw: RawArticle;
  source: Source;
  text: string;
  analysed: AnalysedDocument;
}

/** Reads and processes a whole input folder in memory (no warehouse involved). */
export function ingestFolder({ input, limits = DEFAULT_LIMITS, onProgress, onWarning }: IngestOptions): IngestResult {
  const discovered = discoverInputs(input);
  const manifest = readManifest(input);
  const problems: InputError[] = [...discovered.rejects, ...manifest.rejects];

  const articles: Article[] = [];
  discovered.files.forEach((file, i) => {
    try {
      const { articles: raws, rejects } = readInput(join(input, file), file, limits);
      problems.push(...rejects);
      for (const raw of raws) {
        const article = buildArticle(raw, manifest.entries.get(file), onWarning);
        if (article) articles.push(article);
        else problems.push(new InputError(file, `${raw.line ? `row ${raw.line}: ` : ''}no text after normalisation`, raw.line));
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error);
    } finally {
      onProgress?.(i + 1, discovered.files.length);
    }
  });

  markCorpusBoilerplate(articles);
  markNearDuplicates(articles);

  return {
    sources: articles.map((a) => a.source),
    documents: articles.map((a) => ({ source_id: a.source.source_id, text: a.text })),
    sentences: articles.flatMap(sentenceRows),
    rejects: problems.map((p) => ({ file: p.file, line: p.line, reason: p.message })),
  };
}

function buildArticle(raw: RawArticle, manifestMeta: ReturnType<typeof mergeMeta> | undefined, warn?: (m: string) => void): Article | null {
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
  return { raw, source, text, analysed };
}

/** Short lines repeated across many sources are a site's template, whatever they say. */
function markCorpusBoilerplate(articles: Article[]): void {
  const template = corpusBoilerplate(articles.map((a) => paragraphLines(a.analysed)));
  if (template.size === 0) return;
  for (const a of articles) {
    for (const s of a.analysed.sentences) {
      if (s.kind !== 'boilerplate' && template.has(lineKey(s.text))) s.kind = 'boilerplate';
    }
  }
}

function paragraphLines({ sentences }: AnalysedDocument): string[] {
  const counts = new Map<number, number>();
  for (const s of sentences) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + 1);
  return sentences.filter((s) => counts.get(s.paragraph) === 1).map((s) => s.text);
}

/** The earliest-dated copy (then the first by file name) is canonical; the others point to it. */
function markNearDuplicates(articles: Article[]): void {
  const ordered = [...articles].sort(
    (a, b) =>
      byCodePoint(a.source.published_at ?? '9999', b.source.published_at ?? '9999') ||
      byCodePoint(a.source.file, b.source.file) ||
      (a.raw.line ?? 0) - (b.raw.line ?? 0),
  );
  const signatures = ordered.map((a) => ({
    id: a.source.source_id,
    signature: minhash(a.analysed.sentences.filter((s) => s.kind === 'body' && s.repeats === null).map((s) => s.text).join(' ')),
  }));
  const duplicates = nearDuplicates(signatures);
  for (const a of articles) a.source.duplicate_of = duplicates.get(a.source.source_id) ?? null;
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

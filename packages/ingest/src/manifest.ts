import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import Papa from 'papaparse';
import { decodeText, DecodeError } from './decode';
import { insideRoot, MANIFEST } from './discover';
import { InputError } from './errors';
import { metaFromRecord, type ArticleMeta } from './metadata';

export interface Manifest {
  /** Metadata by file path relative to the input folder. */
  entries: Map<string, ArticleMeta>;
  rejects: InputError[];
}

/**
 * The optional manifest `sources.csv` in the input folder: one row per file with
 * title, publisher, author, published_at, url, language. Bad rows are rejected one by one.
 */
export function readManifest(inputDir: string): Manifest {
  const path = join(inputDir, MANIFEST);
  const entries = new Map<string, ArticleMeta>();
  const rejects: InputError[] = [];
  if (!existsSync(path)) return { entries, rejects };

  let text: string;
  try {
    text = decodeText(readFileSync(path)).text;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { entries, rejects: [new InputError(MANIFEST, `manifest unreadable: ${error.message}`, null, { cause: error })] };
  }
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (!parsed.meta.fields?.includes('file')) {
    return { entries, rejects: [new InputError(MANIFEST, 'manifest has no "file" column')] };
  }
  const errors = new Map(parsed.errors.filter((e) => e.row !== undefined).map((e) => [e.row!, `${e.code}: ${e.message}`]));
  const root = realpathSync(inputDir);
  parsed.data.forEach((row, i) => {
    const line = i + 1;
    const reject = (reason: string) => rejects.push(new InputError(MANIFEST, `row ${line}: ${reason}`, line));
    const error = errors.get(i);
    if (error) return reject(`malformed row (${error})`);
    const named = (row.file ?? '').trim();
    if (!named) return reject('empty "file"');
    const file = posix.normalize(named.replaceAll('\\', '/'));
    if (file.startsWith('/') || /^[a-z]:/i.test(file) || file === '..' || file.startsWith('../')) {
      return reject(`path outside the input folder: ${named}`);
    }
    const full = join(root, file);
    if (!existsSync(full)) return reject(`file not found: ${named}`);
    if (insideRoot(root, realpathSync(full)) === null) return reject(`path outside the input folder: ${named}`);
    if (entries.has(file)) return reject(`file listed twice: ${named}`);
    entries.set(file, metaFromRecord(row));
  });
  return { entries, rejects };
}

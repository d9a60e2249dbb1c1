import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { inject } from 'vitest';
import { Warehouse } from '@corroborate/warehouse';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = join(ROOT, 'data', 'raw');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
const BIN = join(ROOT, 'packages', 'cli', 'bin', 'corroborate.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `corroborate` CLI in a child process. */
export function corroborate(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder inside the run's temporary folder (global-setup.ts removes it at the end). */
export function tempDir(prefix = 'corroborate-'): string {
  return mkdtempSync(join(inject('tempRoot'), prefix));
}

/** Runs the whole pipeline on `input` into a fresh output folder; fails the test on a non-zero exit. */
export function runPipeline(input: string, out = tempDir(), extra: string[] = []): { out: string; result: CliResult } {
  const result = corroborate(['run', '--input', input, '--out', out, ...extra]);
  if (result.code !== 0) throw new Error(`corroborate run exited ${result.code}:\n${result.stderr}`);
  return { out, result };
}

/** Rows of a published Parquet file, read back through DuckDB. */
export async function readParquet<T = Record<string, unknown>>(out: string, table: string, orderBy?: string): Promise<T[]> {
  const wh = await Warehouse.open(':memory:');
  try {
    const order = orderBy ? ` ORDER BY ${orderBy}` : '';
    return await wh.query<T>(`SELECT * FROM read_parquet($1)${order}`, [join(out, 'dataset', 'parquet', `${table}.parquet`)]);
  } finally {
    wh.close();
  }
}

/** Rows of a published CSV file, parsed with papaparse (all values as strings). */
export function readCsv(out: string, table: string): Record<string, string>[] {
  const text = readFileSync(join(out, 'dataset', 'csv', `${table}.csv`), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, newline: '\r\n' });
  if (parsed.errors.length) throw new Error(`${table}.csv: ${JSON.stringify(parsed.errors[0])}`);
  return parsed.data;
}

export interface SentenceRow {
  sentence_id: string;
  source_id: string;
  paragraph: number;
  position: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  duplicate_of: string | null;
}

/** The claims columns the cross-referencing tests and eval read. */
export interface ClusteredClaimRow {
  claim_id: string;
  source_id: string;
  text: string;
  cluster_id: string;
  parent_claim_id: string | null;
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, quoteIdent, type TableDef } from '@corroborate/tables';
import type { Warehouse } from '@corroborate/warehouse';
import { writeRelease, type ReleaseInfo } from './release';
import { recoverSwap, stagingPath, swapIntoPlace } from './swap';

export interface PublishedTable {
  table: string;
  rows: number;
}

/**
 * Writes every published table (but the omitted ones) as CSV (RFC 4180: header, CRLF,
 * quotes doubled, formula-like text defused) and as Parquet (typed, zstd) into `dir`.
 */
export async function writeDataset(warehouse: Warehouse, dir: string, omitted: string[] = []): Promise<PublishedTable[]> {
  mkdirSync(join(dir, 'csv'), { recursive: true });
  mkdirSync(join(dir, 'parquet'), { recursive: true });
  const published: PublishedTable[] = [];
  // DuckDB keeps the ORDER BY's order and cuts Parquet row groups by row count on any number
  // of threads, so the bytes do not depend on it (publish-dataset.test.ts): it uses them all.
  for (const table of TABLES) {
    if (omitted.includes(table.name) || !(await warehouse.hasTable(table.name))) continue;
    const copy = async (format: 'csv' | 'parquet', options: string) => {
      const file = join(dir, format, `${table.name}.${format}`);
      try {
        await warehouse.run(`COPY (${selectSql(table, format)}) TO $1 (${options})`, [file]);
      } catch (cause) {
        throw new Error(`cannot write ${table.name}.${format}: ${(cause as Error).message}`, { cause });
      }
    };
    await copy('csv', `FORMAT csv, HEADER true, NEW_LINE '\r\n'`);
    await copy('parquet', `FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${await rowGroupRows(warehouse, table)}`);
    const [count] = await warehouse.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table.name)}`);
    published.push({ table: table.name, rows: count!.n });
  }
  return published;
}

/** `corroborate report`: the dataset and its release files, built aside and swapped into place. */
export async function publishDataset(warehouse: Warehouse, datasetDir: string, info: ReleaseInfo): Promise<{ tables: PublishedTable[]; version: string }> {
  recoverSwap(datasetDir);
  const staging = stagingPath(datasetDir);
  const tables = await writeDataset(warehouse, staging, info.omitted);
  const { version } = writeRelease(staging, datasetDir, info);
  swapIntoPlace(staging, datasetDir);
  return { tables, version };
}

// Parquet row groups of about this many bytes (before compression). The writer holds one in
// memory: DuckDB's default of 122,880 rows made a row group of the documents table (whole
// article texts) hundreds of megabytes, beyond a small memory limit.
const ROW_GROUP_BYTES = 8 * 2 ** 20;
const VECTOR = 2048;
const MAX_ROW_GROUP_ROWS = 60 * VECTOR;

/** Rows per Parquet row group for a table: ROW_GROUP_BYTES over its average row width, in whole vectors. */
async function rowGroupRows(warehouse: Warehouse, table: TableDef): Promise<number> {
  const widths = Object.entries(table.columns).map(([name, c]) => {
    const col = quoteIdent(name);
    if (c.kind === 'text') return `coalesce(strlen(${col}), 0)`;
    if (c.kind === 'text_list') return `coalesce(strlen(to_json(${col})::VARCHAR), 0)`;
    return '8';
  });
  const [row] = await warehouse.query<{ width: number | null }>(`SELECT avg(${widths.join(' + ')})::DOUBLE AS width FROM ${quoteIdent(table.name)}`);
  const vectors = Math.floor(ROW_GROUP_BYTES / (row?.width ?? 1) / VECTOR);
  return Math.min(MAX_ROW_GROUP_ROWS, Math.max(1, vectors) * VECTOR);
}

// A CSV text cell starting like a formula is prefixed with a quote (OWASP CSV injection).
const FORMULA_START = `'^[=+@\\t\\r-]'`;

// Identifiers come from the table declarations, never from input; lists become JSON
// arrays in CSV, where a native list has no standard spelling.
function selectSql(table: TableDef, format: 'csv' | 'parquet'): string {
  const cols = Object.entries(table.columns).map(([name, c]) => {
    const col = quoteIdent(name);
    if (format === 'csv' && c.kind === 'text_list') return `to_json(${col})::VARCHAR AS ${col}`;
    if (format === 'csv' && c.kind === 'text') return `CASE WHEN regexp_matches(${col}, ${FORMULA_START}) THEN '''' || ${col} ELSE ${col} END AS ${col}`;
    return col;
  });
  const order = table.orderBy.map(quoteIdent).join(', ');
  return `SELECT ${cols.join(', ')} FROM ${quoteIdent(table.name)} ORDER BY ${order}`;
}

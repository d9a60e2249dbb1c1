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
  // One thread makes the Parquet row groups, hence the bytes, the same on every run.
  await warehouse.run('SET threads = 1');
  try {
    for (const table of TABLES) {
      if (omitted.includes(table.name) || !(await warehouse.hasTable(table.name))) continue;
      await warehouse.run(`COPY (${selectSql(table, 'csv')}) TO $1 (FORMAT csv, HEADER true, NEW_LINE '\r\n')`, [join(dir, 'csv', `${table.name}.csv`)]);
      await warehouse.run(`COPY (${selectSql(table, 'parquet')}) TO $1 (FORMAT parquet, COMPRESSION zstd)`, [join(dir, 'parquet', `${table.name}.parquet`)]);
      const [count] = await warehouse.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table.name)}`);
      published.push({ table: table.name, rows: count!.n });
    }
  } finally {
    await warehouse.run('RESET threads');
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

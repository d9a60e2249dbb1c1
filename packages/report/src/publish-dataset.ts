import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, dataDictionary, quoteIdent, type TableDef } from '@corroborate/tables';
import type { Warehouse } from '@corroborate/warehouse';
import { recoverSwap, stagingPath, swapIntoPlace } from './swap';

export interface PublishedTable {
  table: string;
  rows: number;
}

/**
 * Writes every published table as CSV (RFC 4180: header, CRLF, quotes doubled) and as
 * Parquet (typed, zstd) into `datasetDir`, built aside and swapped into place.
 */
export async function publishDataset(warehouse: Warehouse, datasetDir: string): Promise<PublishedTable[]> {
  recoverSwap(datasetDir);
  const staging = stagingPath(datasetDir);
  mkdirSync(join(staging, 'csv'), { recursive: true });
  mkdirSync(join(staging, 'parquet'), { recursive: true });
  const published: PublishedTable[] = [];
  // One thread makes the Parquet row groups, hence the bytes, the same on every run.
  await warehouse.run("SET threads = 1");
  for (const table of TABLES) {
    if (!(await warehouse.hasTable(table.name))) continue;
    await warehouse.run(`COPY (${selectSql(table, 'csv')}) TO $1 (FORMAT csv, HEADER true, NEW_LINE '\r\n')`, [
      join(staging, 'csv', `${table.name}.csv`),
    ]);
    await warehouse.run(`COPY (${selectSql(table, 'parquet')}) TO $1 (FORMAT parquet, COMPRESSION zstd)`, [
      join(staging, 'parquet', `${table.name}.parquet`),
    ]);
    const [count] = await warehouse.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table.name)}`);
    published.push({ table: table.name, rows: count!.n });
  }
  await warehouse.run('RESET threads');
  writeFileSync(join(staging, 'README.md'), dataDictionary());
  swapIntoPlace(staging, datasetDir);
  return published;
}

// Identifiers come from the table declarations, never from input; lists become JSON
// arrays in CSV, where a native list has no standard spelling.
function selectSql(table: TableDef, format: 'csv' | 'parquet'): string {
  const cols = Object.entries(table.columns).map(([name, c]) =>
    format === 'csv' && c.kind === 'text_list' ? `to_json(${quoteIdent(name)})::VARCHAR AS ${quoteIdent(name)}` : quoteIdent(name),
  );
  const order = table.orderBy.map(quoteIdent).join(', ');
  return `SELECT ${cols.join(', ')} FROM ${quoteIdent(table.name)} ORDER BY ${order}`;
}

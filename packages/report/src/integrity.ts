import { quoteIdent, TABLES, type TableDef } from '@corroborate/tables';
import { loadSql, type Warehouse } from '@corroborate/warehouse';

const CHECKS = new URL('../sql/checks/', import.meta.url);

export interface CheckFailure {
  check: string;
  failures: number;
}

/** Thrown when the integrity checks fail: nothing is published. */
export class IntegrityError extends Error {
  constructor(readonly failed: CheckFailure[]) {
    super(`integrity checks failed: ${failed.map((f) => `${f.check} (${f.failures} rows)`).join(', ')}`);
    this.name = 'IntegrityError';
  }
}

const OFFSET_TABLES = ['sentences', 'mentions', 'claims', 'quantities'];
const HAND_WRITTEN = ['cluster_counts', 'claims_clustered', ...OFFSET_TABLES.map((t) => `offsets_${t}`)];

/**
 * dbt-style tests over the warehouse: keys unique and present, foreign keys resolving (both
 * generated from the table declarations), offsets slicing to their text, cluster counts
 * matching the claims. Returns every failing check; throws nothing itself.
 */
export async function checkIntegrity(warehouse: Warehouse): Promise<CheckFailure[]> {
  const present = new Set<string>();
  for (const t of TABLES) if (await warehouse.hasTable(t.name)) present.add(t.name);
  const checks: { name: string; sql: string }[] = [];
  for (const t of TABLES) {
    if (!present.has(t.name)) continue;
    if (t.primaryKey.length) checks.push({ name: `${t.name}: primary key unique and not null`, sql: keySql(t) });
    for (const fk of t.foreignKeys) {
      if (!present.has(fk.references.table)) continue;
      checks.push({ name: `${t.name}.${fk.columns.join(',')} → ${fk.references.table}`, sql: foreignKeySql(t, fk.columns, fk.references) });
    }
  }
  for (const name of HAND_WRITTEN) {
    const needs = name.startsWith('offsets_') ? [name.slice('offsets_'.length), 'documents'] : ['clusters', 'claims'];
    if (needs.every((t) => present.has(t))) checks.push({ name, sql: loadSql(CHECKS, name) });
  }
  const failed: CheckFailure[] = [];
  for (const { name, sql } of checks) {
    const [row] = await warehouse.query<{ failures: number | string }>(sql);
    const failures = Number(row?.failures ?? 0);
    if (failures > 0) failed.push({ check: name, failures });
  }
  if (present.has('documents')) failed.push(...(await astralOffsets(warehouse, present)));
  return failed;
}

// Identifiers come from the declarations; no value is spliced into these statements.
function keySql(t: TableDef): string {
  const key = t.primaryKey.map(quoteIdent).join(', ');
  const nulls = t.primaryKey.map((c) => `${quoteIdent(c)} IS NULL`).join(' OR ');
  return `SELECT (SELECT count(*) FROM (SELECT ${key} FROM ${quoteIdent(t.name)} GROUP BY ${key} HAVING count(*) > 1))
    + (SELECT count(*) FROM ${quoteIdent(t.name)} WHERE ${nulls}) AS failures`;
}

function foreignKeySql(t: TableDef, columns: readonly string[], ref: { table: string; columns: readonly string[] }): string {
  const on = columns.map((c, i) => `p.${quoteIdent(ref.columns[i]!)} = c.${quoteIdent(c)}`).join(' AND ');
  const notNull = columns.map((c) => `c.${quoteIdent(c)} IS NOT NULL`).join(' AND ');
  return `SELECT count(*) AS failures FROM ${quoteIdent(t.name)} c
    WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${quoteIdent(ref.table)} p WHERE ${on})`;
}

/** Offsets of documents with characters beyond U+FFFF, checked in UTF-16 as JavaScript slices them. */
async function astralOffsets(warehouse: Warehouse, present: Set<string>): Promise<CheckFailure[]> {
  const docs = await warehouse.query<{ source_id: string; text: string }>(loadSql(CHECKS, 'offsets_astral_documents'));
  if (docs.length === 0) return [];
  const failed: CheckFailure[] = [];
  for (const table of OFFSET_TABLES.filter((t) => present.has(t))) {
    let failures = 0;
    for (const d of docs) {
      const rows = await warehouse.query<{ start: number; end: number; text: string }>(
        `SELECT "start", "end", "text" FROM ${quoteIdent(table)} WHERE source_id = $1`,
        [d.source_id],
      );
      for (const r of rows) if (d.text.slice(r.start, r.end) !== r.text) failures++;
    }
    if (failures) failed.push({ check: `offsets_${table} (documents beyond U+FFFF)`, failures });
  }
  return failed;
}


import type { ColumnKind, TableDef } from './define';
import { INTERNAL_TABLES, TABLES } from './tables';

const DUCKDB_TYPE: Record<ColumnKind, string> = {
  text: 'VARCHAR',
  int: 'INTEGER',
  double: 'DOUBLE',
  bool: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  text_list: 'VARCHAR[]',
};

export function duckdbType(kind: ColumnKind): string {
  return DUCKDB_TYPE[kind];
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

// Keys are not declared as DuckDB constraints: replacing a table's rows inside one
// transaction trips DuckDB's eager key checks, and the index costs memory at scale.
// They are listed in the comment and checked after every run instead.
export function createTableSql(table: TableDef, name = table.name): string {
  const cols = Object.entries(table.columns).map(
    ([name, c]) => `  ${quoteIdent(name)} ${duckdbType(c.kind)}${c.nullable ? '' : ' NOT NULL'}`,
  );
  const key = table.primaryKey.length ? `-- primary key: ${table.primaryKey.join(', ')}\n` : '';
  return `${key}CREATE TABLE ${quoteIdent(name)} (\n${cols.join(',\n')}\n);\n`;
}

/** The whole warehouse schema, as written to sql/schema.sql. */
export function schemaSql(): string {
  const header = '-- Generated from packages/tables/src/tables.ts by `npm run gen`; do not edit.\n\n';
  return header + TABLES.map((t) => createTableSql(t)).join('\n') + '\n-- internal to the warehouse, not published\n\n' + INTERNAL_TABLES.map((t) => createTableSql(t)).join('\n');
}

import type { TableDef } from './define';
import { duckdbType } from './ddl';
import { TABLES } from './tables';

function cell(s: string): string {
  return s.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function tableDictionary(table: TableDef): string {
  const lines = [`## ${table.name}`, '', table.description, ''];
  if (table.primaryKey.length) lines.push(`Primary key: ${table.primaryKey.join(', ')}.`, '');
  for (const fk of table.foreignKeys) {
    lines.push(`Foreign key: ${fk.columns.join(', ')} → ${fk.references.table}.${fk.references.columns.join(', ')}.`, '');
  }
  lines.push('| column | type | null | description |', '|---|---|---|---|');
  for (const [name, c] of Object.entries(table.columns)) {
    lines.push(`| ${name} | ${duckdbType(c.kind)} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} |`);
  }
  return lines.join('\n') + '\n';
}

/** The data dictionary of every published table, as Markdown. */
export function dataDictionary(): string {
  return [
    '# Data dictionary',
    '',
    'Generated from packages/tables/src/tables.ts by `npm run gen`; do not edit.',
    '',
    '**Offsets.** Every `start`/`end` counts UTF-16 code units into `documents.text` (JavaScript string',
    'indices; start inclusive, end exclusive), so `text.slice(start, end)` in JavaScript gives the span.',
    'For text without characters beyond U+FFFF (emoji, rare CJK) this equals Python string indices',
    'and DuckDB `substring(text, start + 1, end - start)`. In general, in Python:',
    "`text.encode('utf-16-le')[2*start:2*end].decode('utf-16-le')`.",
    '',
    '**Lists** (`VARCHAR[]`) are Parquet lists and JSON arrays in the CSV files.',
    '',
    ...TABLES.map(tableDictionary),
  ].join('\n');
}

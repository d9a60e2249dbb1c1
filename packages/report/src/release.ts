import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TABLES, dataDictionary, type ColumnKind, type TableDef } from '@corroborate/tables';

// The open-data release around the tables: a Frictionless Data Package (v2) descriptor, a
// codebook and checksums, all generated from the table declarations so they cannot drift.

const FIELD_TYPE: Record<ColumnKind, string> = {
  text: 'string',
  int: 'integer',
  double: 'number',
  bool: 'boolean',
  date: 'date',
  timestamp: 'datetime',
  text_list: 'array',
};

export const LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };

export interface ReleaseInfo {
  /** When the release was made (SOURCE_DATE_EPOCH when set, for reproducible releases). */
  created: Date;
  /** Tables left out of this release (e.g. documents, for licences that forbid redistribution). */
  omitted: string[];
}

interface Descriptor {
  version: string;
  resources: { name: string; path: string; hash: string; schema?: { fields: { name: string; type: string }[] } }[];
}

/**
 * The version of a release (SemVer): the major part moves when a published table or column
 * disappears or changes type, the minor part when tables or columns are added, the patch
 * part when only the data changes. The first release is 1.0.0.
 */
export function nextVersion(previous: Descriptor | null, schema: Map<string, string>, dataHash: string): string {
  if (!previous) return '1.0.0';
  const [major, minor, patch] = previous.version.split('.').map(Number) as [number, number, number];
  const before = schemaOf(previous);
  const removedOrChanged = [...before].some(([field, type]) => schema.get(field) !== type);
  const added = [...schema.keys()].some((field) => !before.has(field));
  if (removedOrChanged) return `${major + 1}.0.0`;
  if (added) return `${major}.${minor + 1}.0`;
  const previousHash = dataHashOf(previous.resources);
  return previousHash === dataHash ? previous.version : `${major}.${minor}.${patch + 1}`;
}

function schemaOf(d: Descriptor): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of d.resources) if (r.name.endsWith('-parquet')) for (const f of r.schema?.fields ?? []) out.set(`${r.name.replace(/-parquet$/, '')}.${f.name}`, f.type);
  return out;
}

// The run log tables change on every run; the release's data are the other tables.
const RUN_LOG = /^(runs|changes)-/;

function dataHashOf(resources: { name: string; hash: string }[]): string {
  const hashes = resources.filter((r) => !RUN_LOG.test(r.name)).map((r) => r.hash);
  return createHash('sha256').update(hashes.sort().join('\n')).digest('hex');
}

/** SHA-256 of a file, read a megabyte at a time: published tables run to gigabytes. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function tableSchema(t: TableDef, format: 'csv' | 'parquet') {
  const suffix = `-${format}`;
  return {
    fields: Object.entries(t.columns).map(([name, c]) => ({
      name,
      type: FIELD_TYPE[c.kind],
      description: c.description,
      ...(c.nullable ? {} : { constraints: { required: true } }),
    })),
    ...(t.primaryKey.length ? { primaryKey: [...t.primaryKey] } : {}),
    ...(t.foreignKeys.length
      ? {
          foreignKeys: t.foreignKeys.map((fk) => ({
            fields: [...fk.columns],
            reference: { resource: fk.references.table === t.name ? '' : `${fk.references.table}${suffix}`, fields: [...fk.references.columns] },
          })),
        }
      : {}),
    missingValues: [''],
  };
}

/** Writes datapackage.json, README.md (the codebook) and SHA256SUMS into a dataset folder. */
export function writeRelease(dir: string, previousDir: string, info: ReleaseInfo): { version: string } {
  const tables = TABLES.filter((t) => !info.omitted.includes(t.name) && existsSync(join(dir, 'parquet', `${t.name}.parquet`)));
  const resources = tables.flatMap((t) =>
    (['csv', 'parquet'] as const).map((format) => {
      const path = `${format}/${t.name}.${format}`;
      const full = join(dir, path);
      return {
        name: `${t.name}-${format}`,
        type: 'table',
        path,
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet',
        ...(format === 'csv' ? { encoding: 'utf-8', dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true } } : {}),
        title: t.name,
        description: t.description,
        bytes: statSync(full).size,
        hash: `sha256:${sha256File(full)}`,
        schema: tableSchema(t, format),
      };
    }),
  );
  const schema = new Map<string, string>();
  for (const t of tables as readonly TableDef[]) for (const [n, c] of Object.entries(t.columns)) schema.set(`${t.name}.${n}`, FIELD_TYPE[c.kind]);
  const previousPath = join(previousDir, 'datapackage.json');
  const previous = existsSync(previousPath) ? (JSON.parse(readFileSync(previousPath, 'utf8')) as Descriptor) : null;
  const version = nextVersion(previous, schema, dataHashOf(resources));
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'corroborate-dataset',
    title: 'corroborate: sources, entities and claims cross-referenced across articles',
    description: 'Claims extracted from news and opinion articles, what each source asserts, who says it, and which claims other sources carry or contradict. See README.md.',
    version,
    created: info.created.toISOString(),
    licenses: [LICENSE],
    sources: [{ title: 'Input articles (see the sources table for each file, title, publisher and URL)' }],
    keywords: ['claims', 'fact-checking', 'cross-referencing', 'news'],
    resources,
  };
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n');
  writeFileSync(join(dir, 'README.md'), codebook(version, info));
  writeFileSync(join(dir, 'SHA256SUMS'), checksums(dir));
  return { version };
}

/** `sha256  path` lines (the format `sha256sum -c` reads) for every file of the release. */
function checksums(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== 'SHA256SUMS') files.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return files
    .sort()
    .map((f) => `${sha256File(join(dir, f))}  ${f}\n`)
    .join('');
}

function codebook(version: string, info: ReleaseInfo): string {
  return [
    `# corroborate dataset, version ${version}`,
    '',
    'Claims that news and opinion articles make, who makes them, and which other sources carry or',
    'contradict them. **A claim is what a source asserts, not a fact.**',
    '',
    '## Files',
    '',
    '- `csv/<table>.csv`: UTF-8, header row, comma-separated, CRLF line ends, quotes doubled (RFC 4180).',
    '- `parquet/<table>.parquet`: the same rows with typed columns (lists as Parquet lists).',
    '- `datapackage.json`: Frictionless Data Package v2 descriptor (schemas, keys, sizes, SHA-256).',
    '- `SHA256SUMS`: checksums of every file (`sha256sum -c SHA256SUMS`).',
    ...(info.omitted.length ? ['', `Left out of this release: ${info.omitted.join(', ')} (the source texts may not be redistributed).`] : []),
    '',
    '## Versions',
    '',
    'Versions follow SemVer: the major part moves when a table or column is removed or changes type,',
    'the minor part when tables or columns are added, the patch part when only the data changes.',
    'IDs are derived from content (file path, row id, text), so unchanged things keep their IDs.',
    '',
    '## Spreadsheet safety',
    '',
    'Text cells of the CSV files that start with `=`, `+`, `-`, `@`, a tab or a carriage return are',
    'prefixed with a single quote (`\'`) so that spreadsheet programs do not run them as formulas',
    '(OWASP CSV injection). Numeric, date and list columns are untouched, and the Parquet files',
    'hold the text unchanged; offsets always refer to the unchanged text.',
    '',
    dataDictionary().replace(/^# Data dictionary\n/, '## Tables\n'),
  ].join('\n');
}

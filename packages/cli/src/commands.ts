import { resolve, join } from 'node:path';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import type { IngestSummary, Shard } from '@corroborate/ingest';
import { ingestCache, INTERNAL_TABLES, rejects, schemaSql, TABLES } from '@corroborate/tables';
import type { PublishedTable } from '@corroborate/report';
import type { TransformSummary } from '@corroborate/transform';
import { loadSql, Warehouse } from '@corroborate/warehouse';
import type { Logger } from './log';

export const SQL = new URL('../sql/', import.meta.url);

export interface Paths {
  input: string;
  out: string;
  gazetteer: string;
  wholeSentences?: boolean;
}

export function warehousePath(out: string): string {
  return join(out, 'warehouse.duckdb');
}

/**
 * Each command loads only the stages it runs: loading all of them (language profiles, the
 * tagger's model, chrono-node, pdfkit) took about 3 s of every process's start.
 */
export const stages = {
  ingest: () => import('@corroborate/ingest'),
  transform: () => import('@corroborate/transform'),
  report: () => import('@corroborate/report'),
};

/** A problem with how the command was called: exit code 2. */
export class UsageError extends Error {}

/** Another run holds the output folder: exit code 3. */
export class LockedError extends Error {}

/** When the run happens: SOURCE_DATE_EPOCH when set (reproducible releases), else now. */
export function runClock(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export async function ingestCommand(paths: Paths, log: Logger): Promise<IngestSummary> {
  const input = resolve(paths.input);
  if (!existsSync(input) || !statSync(input).isDirectory()) throw new UsageError(`input folder not found: ${paths.input}`);
  const { runIngest } = await stages.ingest();
  const warehouse = await Warehouse.open(warehousePath(paths.out));
  if (await warehouse.resetIfSchemaChanged(schemaSql(), [...TABLES, ...INTERNAL_TABLES])) log.warn('the warehouse was written by another version: rebuilding every table');
  const bar = log.progress('ingest');
  try {
    const started = performance.now();
    const summary = await runIngest(warehouse, {
      input,
      onProgress: (done, total) => bar.update(done, total),
      onWarning: (message) => log.warn(message),
    });
    bar.stop();
    for (const r of await warehouse.query<{ file: string; reason: string }>(loadSql(SQL, 'rejects_list'))) {
      log.warn(`rejected ${r.file}: ${r.reason}`);
    }
    const seconds = (performance.now() - started) / 1000;
    log.info(`ingested ${summary.sources} sources from ${summary.files} files (${summary.sentences} sentences, ${summary.rejects} rejected; ${summary.counts.processed} files processed, ${summary.counts.reused} reused)`, {
      words: summary.words,
      seconds: round(seconds),
      words_per_second: Math.round(summary.words / seconds),
      peak_rss_mb: peakRssMb(),
    });
    return summary;
  } finally {
    bar.stop();
    warehouse.close();
  }
}

/**
 * `corroborate run --shard i/n`: the per-document stage for one shard of the input (files
 * whose path hashes to i modulo n), written as Parquet to OUT/shard-i-of-n/ for `merge`.
 */
export async function shardCommand(paths: Paths, log: Logger, shard: Shard): Promise<string> {
  const input = resolve(paths.input);
  if (!existsSync(input) || !statSync(input).isDirectory()) throw new UsageError(`input folder not found: ${paths.input}`);
  const [{ analyseFiles }, { recoverSwap, swapIntoPlace }] = await Promise.all([stages.ingest(), stages.report()]);
  const dir = join(paths.out, `shard-${shard.index}-of-${shard.count}`);
  recoverSwap(dir);
  const staging = `${dir}.staging-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  // The analyses go to a scratch warehouse as they are made, and from there to Parquet.
  const scratch = join(staging, 'scratch.duckdb');
  const warehouse = await Warehouse.open(scratch);
  let analysed: number;
  try {
    const files = await warehouse.writeAside(ingestCache);
    const analysis = await analyseFiles({ input, shard, onWarning: (m) => log.warn(m), save: (entry) => files.append([entry]) });
    analysed = files.close();
    await warehouse.swapIn([files]);
    await warehouse.replaceTable(rejects, analysis.rejects);
    await warehouse.run('SET threads = 1');
    await warehouse.run(`COPY (SELECT * FROM ${ingestCache.name} ORDER BY file) TO $1 (FORMAT parquet, COMPRESSION zstd)`, [join(staging, 'files.parquet')]);
    await warehouse.run(`COPY (SELECT * FROM ${rejects.name} ORDER BY file, line, reason) TO $1 (FORMAT parquet, COMPRESSION zstd)`, [join(staging, 'rejects.parquet')]);
  } finally {
    warehouse.close();
  }
  rmSync(scratch, { force: true });
  rmSync(`${scratch}.wal`, { force: true });
  swapIntoPlace(staging, dir);
  log.info(`shard ${shard.index}/${shard.count}: ${analysed} files analysed into ${dir}`);
  return dir;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
  if (!shard || shard.count < 1 || shard.index >= shard.count) throw new UsageError(`--shard takes i/n with 0 ≤ i < n, not "${text}"`);
  return shard;
}

export async function transformCommand(paths: Paths, log: Logger): Promise<TransformSummary> {
  const path = warehousePath(paths.out);
  if (!existsSync(path)) throw new UsageError(`no warehouse at ${path}: run \`corroborate ingest\` first`);
  if (!existsSync(paths.gazetteer)) log.warn(`no gazetteer at ${paths.gazetteer}: entities come from the text alone`);
  const { runTransform } = await stages.transform();
  const warehouse = await Warehouse.open(path);
  const started = performance.now();
  try {
    const summary = await runTransform(warehouse, { gazetteer: paths.gazetteer, wholeSentences: paths.wholeSentences });
    log.info(`found ${summary.entities} entities in ${summary.mentions} mentions and ${summary.claims} claims with ${summary.quantities} numbers in ${summary.clusters} clusters, ${summary.relations} relations (${summary.sentences} body sentences)`, {
      seconds: round((performance.now() - started) / 1000),
      steps: summary.seconds,
      heap_mb: summary.heapMb,
      claims: summary.claims,
      peak_rss_mb: peakRssMb(),
    });
    return summary;
  } finally {
    warehouse.close();
  }
}

export interface ReportOptions {
  /** Render only the briefing restricted to this entity (ID or name). */
  entity?: string;
  withoutText?: boolean;
  /** Render the briefing (default) or only publish the dataset. */
  briefing?: boolean;
  generatedAt: Date;
}

/** `corroborate report`: publish the dataset and render the briefing, or one entity's briefing. */
export async function reportCommand(paths: Paths, log: Logger, options: ReportOptions): Promise<PublishedTable[]> {
  const path = warehousePath(paths.out);
  if (!existsSync(path)) throw new UsageError(`no warehouse at ${path}: run \`corroborate ingest\` first`);
  const { publishDataset, recoverSwap, renderBriefing, swapIntoPlace } = await stages.report();
  const warehouse = await Warehouse.open(path);
  const started = performance.now();
  try {
    if (options.entity) {
      const [entity] = await warehouse.query<{ entity_id: string; name: string }>(loadSql(SQL, 'entity_by_name'), [options.entity]);
      if (!entity) throw new UsageError(`no entity with ID or name "${options.entity}"`);
      const file = join(paths.out, 'reports', 'entities', `${entity.entity_id}.pdf`);
      mkdirSync(join(paths.out, 'reports', 'entities'), { recursive: true });
      const { pages } = await renderBriefing(warehouse, file, { entity: entity.entity_id, generatedAt: options.generatedAt, datasetVersion: await datasetVersion(paths.out) });
      log.info(`wrote ${file} (${entity.name}, ${pages} pages)`);
      return [];
    }
    const omitted = options.withoutText ? ['documents'] : [];
    const { tables, version } = await publishDataset(warehouse, join(paths.out, 'dataset'), { created: options.generatedAt, omitted });
    const reports = join(paths.out, 'reports');
    if (options.briefing !== false) {
      recoverSwap(reports);
      const staging = `${reports}.staging-${process.pid}`;
      await renderBriefing(warehouse, join(staging, 'briefing.pdf'), { generatedAt: options.generatedAt, datasetVersion: version });
      swapIntoPlace(staging, reports);
    }
    log.info(`published dataset ${version} (${tables.length} tables) to ${join(paths.out, 'dataset')} and the briefing to ${reports}`, {
      rows: Object.fromEntries(tables.map((t) => [t.table, t.rows])),
      seconds: round((performance.now() - started) / 1000),
      peak_rss_mb: peakRssMb(),
    });
    return tables;
  } finally {
    warehouse.close();
  }
}

async function datasetVersion(out: string): Promise<string> {
  const file = join(out, 'dataset', 'datapackage.json');
  if (!existsSync(file)) return 'unreleased';
  const { readFile } = await import('node:fs/promises');
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

export async function queryCommand(paths: Paths, sql: string, format: string, out: NodeJS.WritableStream): Promise<void> {
  const path = warehousePath(paths.out);
  if (!existsSync(path)) throw new UsageError(`no warehouse at ${path}: run \`corroborate run\` first`);
  const warehouse = await Warehouse.open(path, { readOnly: true });
  try {
    const rows = await warehouse.query(sql);
    out.write(formatRows(rows, format));
  } finally {
    warehouse.close();
  }
}

function formatRows(rows: Record<string, unknown>[], format: string): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  // tsv: one header line, tabs and newlines inside values escaped
  const cols = rows.length ? Object.keys(rows[0]!) : [];
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).replace(/[\t\n\r\\]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' })[c]!);
  return [cols.join('\t'), ...rows.map((r) => cols.map((c) => cell(r[c])).join('\t'))].join('\n') + '\n';
}

/** Peak resident memory of this process so far, in MiB. */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

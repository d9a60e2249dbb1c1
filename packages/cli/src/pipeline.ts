import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runIngest, runIngestFromShards, scanInputs } from '@corroborate/ingest';
import { checkIntegrity, IntegrityError, recoverSwap, renderBriefing, swapIntoPlace, writeDataset, writeRelease } from '@corroborate/report';
import { changes as changesTable, INTERNAL_TABLES, quoteIdent, runs as runsTable, schemaSql, TABLES, type Reject, type Run } from '@corroborate/tables';
import { runTransform } from '@corroborate/transform';
import { loadSql, Warehouse } from '@corroborate/warehouse';
import { LockedError, runClock, SQL, UsageError, warehousePath, type Paths } from './commands';
import type { Logger } from './log';

export interface RunOptions {
  /** Publish without the full article texts (the documents table). */
  withoutText: boolean;
  /** Render data/reports/briefing.pdf. */
  briefing: boolean;
  /** Merge the per-document output of these shard folders instead of reading the input folder. */
  shards?: string[];
}

/**
 * `corroborate run`: every stage on a copy of the warehouse, then integrity checks, then the
 * dataset and reports, all built in a staging folder and swapped into place only when
 * everything succeeded. A lock keeps a second run out; a killed run leaves the previous
 * release untouched and its leftovers are cleared by the next run.
 */
export async function runPipeline(paths: Paths, log: Logger, options: RunOptions): Promise<void> {
  const input = resolve(paths.input);
  if (!options.shards && (!existsSync(input) || !statSync(input).isDirectory())) throw new UsageError(`input folder not found: ${paths.input}`);
  for (const dir of options.shards ?? []) if (!existsSync(join(dir, 'files.parquet'))) throw new UsageError(`not a shard folder (no files.parquet): ${dir}`);
  const out = resolve(paths.out);
  mkdirSync(out, { recursive: true });
  const release = await acquireLock(out);
  const started = runClock();
  try {
    clearLeftovers(out);
    const digest = options.shards ? null : inputsDigest(input, paths, options);
    if (digest && (await unchangedSinceLastRelease(out, digest, started, log))) return;
    const staging = join(out, `.staging-${process.pid}`);
    mkdirSync(staging);
    const live = warehousePath(out);
    const staged = join(staging, 'warehouse.duckdb');
    if (existsSync(live)) copyFileSync(live, staged);
    try {
      await buildRelease(staged, staging, input, paths, log, options, started, digest ?? shardsDigest(options.shards ?? []));
    } catch (error) {
      await recordFailure(live, started, error, log);
      throw error;
    }
    // Publish: the warehouse file, then the dataset, then the reports, each by rename.
    renameSync(staged, live);
    swapIntoPlace(join(staging, 'dataset'), join(out, 'dataset'));
    if (options.briefing) swapIntoPlace(join(staging, 'reports'), join(out, 'reports'));
    rmSync(staging, { recursive: true, force: true });
  } finally {
    await release();
  }
}

async function buildRelease(staged: string, staging: string, input: string, paths: Paths, log: Logger, options: RunOptions, started: Date, digest: string): Promise<void> {
  const warehouse = await Warehouse.open(staged);
  try {
    if (await warehouse.resetIfSchemaChanged(schemaSql(), [...TABLES, ...INTERNAL_TABLES])) log.warn('the warehouse was written by another version: rebuilding every table');
    const runsBefore = await snapshot(warehouse);
    const bar = log.progress('ingest');
    const ingest = options.shards
      ? await runIngestFromShards(warehouse, await readShards(warehouse, options.shards))
      : await runIngest(warehouse, { input, onProgress: (d, t) => bar.update(d, t), onWarning: (m) => log.warn(m) });
    bar.stop();
    for (const r of await warehouse.query<{ file: string; reason: string }>(loadSql(SQL, 'rejects_list'))) log.warn(`rejected ${r.file}: ${r.reason}`);
    log.info(`ingested ${ingest.sources} sources (${ingest.counts.processed} files processed, ${ingest.counts.reused} reused, ${ingest.counts.removed} removed, ${ingest.rejects} rejects)`);
    const steps = new Map<string, ReturnType<Logger['progress']>>();
    const transform = await runTransform(warehouse, {
      gazetteer: paths.gazetteer,
      wholeSentences: paths.wholeSentences,
      onProgress: (step, done, total) => {
        if (!steps.has(step)) {
          for (const b of steps.values()) b.stop();
          steps.set(step, log.progress(step));
        }
        steps.get(step)!.update(done, total);
      },
    });
    for (const b of steps.values()) b.stop();
    log.info(`found ${transform.entities} entities, ${transform.claims} claims in ${transform.clusters} clusters`, { steps: transform.seconds, heap_mb: transform.heapMb });

    const failed = await checkIntegrity(warehouse);
    if (failed.length) throw new IntegrityError(failed);

    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      if (t.name === runsTable.name || t.name === changesTable.name || !(await warehouse.hasTable(t.name))) continue;
      // The table name comes from the declarations (an identifier, not a value).
      const [row] = await warehouse.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(t.name)}`);
      counts[t.name] = row!.n;
    }
    const run: Run = {
      run_id: `run-${String(runsBefore.length + 1).padStart(6, '0')}`,
      started_at: started.toISOString(),
      finished_at: runClock().toISOString(),
      status: 'succeeded',
      files_new: ingest.counts.new,
      files_changed: ingest.counts.changed,
      files_removed: ingest.counts.removed,
      files_rejected: ingest.rejects,
      files_processed: ingest.counts.processed,
      row_counts: JSON.stringify(counts),
      inputs_digest: digest,
      message: null,
    };
    await warehouse.replaceTable(runsTable, [...runsBefore, run]);
    log.info(`changes since the last run: ${await changes(warehouse, run.run_id)}`);

    const omitted = options.withoutText ? ['documents'] : [];
    const datasetDir = join(staging, 'dataset');
    const tables = await writeDataset(warehouse, datasetDir, omitted);
    const { version } = writeRelease(datasetDir, join(resolve(paths.out), 'dataset'), { created: started, omitted });
    log.info(`dataset ${version}: ${tables.length} tables${omitted.length ? ` (without ${omitted.join(', ')})` : ''}`);
    if (options.briefing) {
      const { pages } = await renderBriefing(warehouse, join(staging, 'reports', 'briefing.pdf'), { generatedAt: started, datasetVersion: version });
      log.info(`briefing: ${pages} pages`);
    }
  } finally {
    warehouse.close();
  }
}

/**
 * The runs so far, read before this run; the claims and clusters of the release before are
 * kept in DuckDB (release_before), where changes() compares them with the new release.
 */
async function snapshot(warehouse: Warehouse): Promise<Run[]> {
  const runs = (await warehouse.hasTable(runsTable.name)) ? await warehouse.readTable(runsTable) : [];
  const has = (await warehouse.hasTable('claims')) && (await warehouse.hasTable('clusters'));
  await warehouse.run(loadSql(SQL, has ? 'release_before' : 'release_before_empty'));
  return runs;
}

/** Writes the changes table for this run and says how many changes of each kind it holds. */
async function changes(warehouse: Warehouse, runId: string): Promise<string> {
  await warehouse.replaceTableFromQuery(changesTable, loadSql(SQL, 'changes'), [runId]);
  const counts = await warehouse.query<{ change: string; n: number }>(loadSql(SQL, 'changes_summary'));
  return counts.length ? counts.map((c) => `${c.n} ${c.change.replace('_', ' ')}`).join(', ') : 'none';
}

/** Everything a run's output depends on: the input files' content keys, the gazetteer, the options. */
function inputsDigest(input: string, paths: Paths, options: RunOptions): string {
  const hash = createHash('sha256');
  for (const { file, sha256 } of scanInputs(input)) hash.update(`${file}\u0000${sha256}\n`);
  hash.update(existsSync(paths.gazetteer) ? readFileSync(paths.gazetteer) : 'no gazetteer');
  hash.update(JSON.stringify({ wholeSentences: paths.wholeSentences ?? false, withoutText: options.withoutText, briefing: options.briefing }));
  return hash.digest('hex');
}

function shardsDigest(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) hash.update(readFileSync(join(dir, 'files.parquet')));
  return hash.digest('hex');
}

/**
 * Nothing to do when the inputs are those of the last successful run and its release is in
 * place: the run is logged as unchanged in the warehouse and the release stays as it is.
 */
async function unchangedSinceLastRelease(out: string, digest: string, started: Date, log: Logger): Promise<boolean> {
  const live = warehousePath(out);
  if (!existsSync(live) || !existsSync(join(out, 'dataset', 'datapackage.json'))) return false;
  const warehouse = await Warehouse.open(live);
  try {
    if (!(await warehouse.hasSchema(schemaSql())) || !(await warehouse.hasTable(runsTable.name))) return false;
    const runs = await warehouse.readTable(runsTable);
    const last = runs.filter((r) => r.status === 'succeeded').at(-1);
    if (!last || last.inputs_digest !== digest) return false;
    await warehouse.replaceTable(runsTable, [
      ...runs,
      { ...last, run_id: `run-${String(runs.length + 1).padStart(6, '0')}`, started_at: started.toISOString(), finished_at: runClock().toISOString(), status: 'unchanged', files_new: 0, files_changed: 0, files_removed: 0, files_processed: 0, message: null },
    ]);
    log.info('nothing changed since the last release: inputs, gazetteer and options are the same');
    return true;
  } finally {
    warehouse.close();
  }
}

/** A failed run leaves a row in the live warehouse's runs table (and publishes nothing). */
async function recordFailure(live: string, started: Date, error: unknown, log: Logger): Promise<void> {
  if (!existsSync(live)) return;
  try {
    const warehouse = await Warehouse.open(live);
    try {
      const runs = (await warehouse.hasTable(runsTable.name)) ? await warehouse.readTable(runsTable) : [];
      const run: Run = {
        run_id: `run-${String(runs.length + 1).padStart(6, '0')}`,
        started_at: started.toISOString(),
        finished_at: runClock().toISOString(),
        status: 'failed',
        files_new: 0,
        files_changed: 0,
        files_removed: 0,
        files_rejected: 0,
        files_processed: 0,
        row_counts: '{}',
        inputs_digest: '',
        message: error instanceof Error ? error.message : String(error),
      };
      await warehouse.replaceTable(runsTable, [...runs, run]);
    } finally {
      warehouse.close();
    }
  } catch (cause) {
    log.warn(`could not record the failed run: ${(cause as Error).message}`);
  }
}

/** Leftovers of a killed run: staging folders, and a dataset or reports swap cut in half. */
function clearLeftovers(out: string): void {
  for (const f of readdirSync(out)) if (f.startsWith('.staging-')) rmSync(join(out, f), { recursive: true, force: true });
  recoverSwap(join(out, 'dataset'));
  recoverSwap(join(out, 'reports'));
}

async function acquireLock(out: string): Promise<() => Promise<void>> {
  // A lock whose holder died is taken over once it is this old (its holder refreshes it).
  const stale = Number(process.env.CORROBORATE_LOCK_STALE_MS ?? 10_000);
  try {
    return await lockfile.lock(out, { lockfilePath: join(out, '.lock'), stale, update: Math.max(1000, Math.floor(stale / 2)), retries: 0 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new LockedError(`another corroborate run is using ${out} (lock ${join(out, '.lock')}); try again when it has finished`, { cause: error });
    }
    throw error;
  }
}

/** The per-document output of shards: each one's analyses file, and its base rejects read back through DuckDB. */
async function readShards(warehouse: Warehouse, dirs: string[]): Promise<{ files: string; rejects: Reject[] }[]> {
  const shards = [];
  for (const dir of dirs) {
    const rejects = await warehouse.query<Reject>(loadSql(SQL, 'shard_rejects'), [join(dir, 'rejects.parquet')]);
    shards.push({ files: join(dir, 'files.parquet'), rejects });
  }
  return shards;
}

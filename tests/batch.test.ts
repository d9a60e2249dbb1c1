import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import { corroborate, FIXTURES, readParquet, ROOT, runPipeline, SEEDS, tempDir } from './helpers';

const BIN = join(ROOT, 'packages', 'cli', 'bin', 'corroborate.js');
const STALE_MS = 1500;
const ENV = { CORROBORATE_LOCK_STALE_MS: String(STALE_MS) };

/** Every file of a dataset folder and its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else files.set(`${rel}${e.name}`, readFileSync(join(d, e.name)));
    }
  };
  walk(dir, '');
  return files;
}

function copySeeds(): string {
  const input = join(tempDir(), 'input');
  mkdirSync(input);
  cpSync(SEEDS, input, { recursive: true });
  return input;
}

const NEW_ARTICLE = 'Talks Resume in Doha\n\nDelegations from Pakistan and Afghanistan met in Doha on Tuesday, officials said. The talks focused on border security and trade.\n';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scheduled batch runs', () => {
  it('re-processes only an added article and ends equal to a from-scratch run', async () => {
    const input = copySeeds();
    const { out } = runPipeline(input, tempDir(), ['--no-briefing']);
    writeFileSync(join(input, '005_new.txt'), NEW_ARTICLE);
    runPipeline(input, out, ['--no-briefing']);
    const runs = await readParquet<{ run_id: string; files_new: number; files_processed: number; status: string }>(out, 'runs', 'run_id');
    expect(runs.map((r) => [r.status, r.files_new, r.files_processed])).toEqual([
      ['succeeded', 5, 5],
      ['succeeded', 1, 1],
    ]);
    const fresh = runPipeline(input, tempDir(), ['--no-briefing']).out;
    const a = snapshot(join(out, 'dataset'));
    const b = snapshot(join(fresh, 'dataset'));
    for (const [file, bytes] of b) {
      // The run log, its checksums and the package descriptor differ by nature between the two folders.
      if (/(runs|changes)\.(csv|parquet)$|datapackage\.json|SHA256SUMS|README\.md/.test(file)) continue;
      expect(a.get(file)?.equals(bytes), file).toBe(true);
    }
    const changes = await readParquet<{ change: string; detail: string }>(out, 'changes');
    expect(changes.some((c) => c.change === 'new_claim' && c.detail.includes('Doha'))).toBe(true);
  });

  it('handles a changed and a removed file', async () => {
    const input = copySeeds();
    const { out } = runPipeline(input, tempDir(), ['--no-briefing']);
    const first = readdirSync(input).sort()[0]!;
    const second = readdirSync(input).sort()[1]!;
    const fileOf = new Map((await readParquet<{ source_id: string; file: string }>(out, 'sources')).map((s) => [s.source_id, s.file]));
    const claimsOfRemoved = (await readParquet<{ claim_id: string; source_id: string }>(out, 'claims')).filter((c) => fileOf.get(c.source_id) === second).map((c) => c.claim_id).sort();
    expect(claimsOfRemoved.length).toBeGreaterThan(0);
    writeFileSync(join(input, first), readFileSync(join(input, first), 'utf8') + '\nA new closing sentence about the border was added.\n');
    const { rmSync } = await import('node:fs');
    rmSync(join(input, second));
    runPipeline(input, out, ['--no-briefing']);
    const runs = await readParquet<{ files_changed: number; files_removed: number; files_processed: number }>(out, 'runs', 'run_id');
    expect(runs.at(-1)).toMatchObject({ files_changed: 1, files_removed: 1, files_processed: 1 });
    expect((await readParquet(out, 'sources')).length).toBe(4);
    // The change log: the added sentence is the one new claim; the removed file's claims are gone.
    const changes = await readParquet<{ change: string; item_id: string; detail: string }>(out, 'changes');
    expect(changes.filter((c) => c.change === 'new_claim').map((c) => c.detail)).toEqual(['A new closing sentence about the border was added.']);
    const removed = changes.filter((c) => c.change === 'removed_claim').map((c) => c.item_id).sort();
    expect(removed).toEqual(claimsOfRemoved);
  });

  it('logs the clusters a new source contradicts as having become contested', async () => {
    const input = join(tempDir(), 'input');
    mkdirSync(input);
    const fixture = (name: string) => cpSync(join(FIXTURES, 'contradictions', name), join(input, name));
    fixture('border-herald.txt');
    const { out } = runPipeline(input, tempDir(), ['--no-briefing']);
    fixture('company-statement.txt');
    fixture('valley-times.txt');
    runPipeline(input, out, ['--no-briefing']);
    const changes = await readParquet<{ change: string; detail: string }>(out, 'changes');
    const contested = changes.filter((c) => c.change === 'became_contested').map((c) => c.detail);
    expect(contested).toEqual(expect.arrayContaining([expect.stringContaining('built the Kestrel dam'), expect.stringContaining('212 people')]));
    expect(changes.filter((c) => c.change === 'removed_claim')).toEqual([]);
  });

  it('refuses a second concurrent run with a clear message and exit code 3', async () => {
    const input = copySeeds();
    const out = tempDir();
    // Hold the lock exactly as a running `corroborate run` does, for as long as the test needs
    // (with a long staleness: the synchronous spawn below keeps this process from refreshing it).
    const longStale = { CORROBORATE_LOCK_STALE_MS: '120000' };
    const release = await lockfile.lock(out, { lockfilePath: join(out, '.lock'), stale: 120_000, update: 60_000, retries: 0 });
    const second = corroborate(['run', '--input', input, '--out', out, '--no-briefing'], longStale);
    await release();
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/another corroborate run is using/);
    expect(existsSync(join(out, 'dataset'))).toBe(false);
    const third = corroborate(['run', '--input', input, '--out', out, '--no-briefing'], longStale);
    expect(third.code, third.stderr).toBe(0);
  });

  it('survives SIGKILL at any point: the previous release stays byte for byte and the next run completes', async () => {
    const input = copySeeds();
    const { out } = runPipeline(input, tempDir(), ['--no-briefing']);
    const before = snapshot(join(out, 'dataset'));
    const warehouseBefore = readFileSync(join(out, 'warehouse.duckdb'));
    writeFileSync(join(input, '005_new.txt'), NEW_ARTICLE);
    for (const delay of [200, 800, 1600, 2600]) {
      const child = spawn(process.execPath, [BIN, 'run', '--input', input, '--out', out, '--no-briefing'], { env: { ...process.env, ...ENV } });
      const exited = new Promise<void>((r) => child.on('exit', () => r()));
      await sleep(delay);
      child.kill('SIGKILL');
      await exited;
      const now = snapshot(join(out, 'dataset'));
      // Killed before the swap, the old release is intact; killed after it, the new one is complete.
      const untouched = [...before].every(([f, b]) => now.get(f)?.equals(b)) && now.size === before.size;
      if (untouched) expect(readFileSync(join(out, 'warehouse.duckdb')).equals(warehouseBefore) || existsSync(join(out, 'warehouse.duckdb'))).toBe(true);
      else expect(now.has('datapackage.json') && now.has('SHA256SUMS')).toBe(true);
      await sleep(STALE_MS + 300);
    }
    const next = corroborate(['run', '--input', input, '--out', out, '--no-briefing'], ENV);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.staging-') || f.includes('.old-'))).toEqual([]);
    expect((await readParquet(out, 'sources')).length).toBe(6);
  });
});

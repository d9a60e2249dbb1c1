import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { threadCount, WorkerPool } from './worker-pool';

const WORKER = new URL('./square-worker.fixture.mjs', import.meta.url);
const square = (n: number) => ({ n, square: n * n, thread: threadId });
const tasks = Array.from({ length: 100 }, (_, i) => i);
type Result = ReturnType<typeof square>;

describe('WorkerPool', () => {
  const saved = process.env.CORROBORATE_THREADS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CORROBORATE_THREADS;
    else process.env.CORROBORATE_THREADS = saved;
  });

  it('runs small batches on this thread, in order, and counts each task done', async () => {
    const pool = WorkerPool.open(WORKER, square, 10);
    const done: number[] = [];
    const results = await pool.runAll<Result>(tasks, (t) => done.push(t));
    await pool.close();
    expect(results.map((r) => r.square)).toEqual(tasks.map((n) => n * n));
    expect(new Set(results.map((r) => r.thread))).toEqual(new Set([threadId]));
    expect(done.sort((a, b) => a - b)).toEqual(tasks);
  });

  it('runs large batches on worker threads and still returns results in task order', async () => {
    process.env.CORROBORATE_THREADS = '2';
    if (threadCount() < 2) return; // a one-core machine has no pool to test
    const pool = WorkerPool.open(WORKER, square, tasks.length);
    const results = await pool.runAll<Result>(tasks);
    await pool.close();
    expect(results.map((r) => r.n)).toEqual(tasks);
    expect(results.map((r) => r.square)).toEqual(tasks.map((n) => n * n));
    expect(results.some((r) => r.thread === threadId)).toBe(false);
  });

  // Tasks built late in a generator, or read from disk through an async one.
  const drawnLazily = {
    sync: function* (tasks: number[], onDraw: () => void) {
      for (const t of tasks) {
        onDraw();
        yield t;
      }
    },
    async: async function* (tasks: number[], onDraw: () => void) {
      for (const t of tasks) {
        await new Promise((resolve) => setImmediate(resolve));
        onDraw();
        yield t;
      }
    },
  };

  it.each(['sync', 'async'] as const)('streams results in task order, drawing tasks (%s) only as threads come free', async (kind) => {
    process.env.CORROBORATE_THREADS = '2';
    for (const units of [10, tasks.length]) {
      const pool = WorkerPool.open(WORKER, square, units);
      let drawn = 0;
      let mostAhead = 0;
      const seen: number[] = [];
      for await (const r of pool.results<Result>(drawnLazily[kind](tasks, () => drawn++))) {
        mostAhead = Math.max(mostAhead, drawn - seen.length);
        seen.push(r.square);
      }
      await pool.close();
      expect(seen).toEqual(tasks.map((n) => n * n));
      expect(mostAhead).toBeLessThanOrEqual(2 * threadCount() + 1);
    }
  });

  it('throws a failed task\'s error in task order when streaming', async () => {
    process.env.CORROBORATE_THREADS = '2';
    const pool = WorkerPool.open(WORKER, square, tasks.length);
    const seen: number[] = [];
    const failing = tasks.map((n) => (n === 30 ? -1 : n));
    await expect(async () => {
      for await (const r of pool.results<Result>(failing)) seen.push(r.n);
    }).rejects.toThrow(/negative/);
    await pool.close();
    expect(seen).toEqual(tasks.slice(0, 30));
  });

  it('stays on one thread when CORROBORATE_THREADS says so', async () => {
    process.env.CORROBORATE_THREADS = '1';
    const pool = WorkerPool.open(WORKER, square, tasks.length);
    const results = await pool.runAll<Result>(tasks);
    await pool.close();
    expect(new Set(results.map((r) => r.thread))).toEqual(new Set([threadId]));
  });
});

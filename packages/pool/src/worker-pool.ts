import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

// Below this many units of work (files, sources), starting worker threads (each loads the
// language model) costs more than it saves.
const MIN_UNITS_FOR_WORKERS = 64;

/** Threads to use: every core, or CORROBORATE_THREADS when set lower. */
export function threadCount(): number {
  return Math.max(1, Math.min(availableParallelism(), Number(process.env.CORROBORATE_THREADS ?? availableParallelism())));
}

/**
 * Per-document work on every core with a Piscina pool, results in task order; on this thread
 * (with `run`) when the corpus is small or there is one core. The worker module's default
 * export must do what `run` does.
 */
export class WorkerPool<T> {
  private constructor(
    private readonly run: (task: T) => unknown,
    private readonly pool: Piscina | null,
    private readonly threads: number,
  ) {}

  /** `units`: how many files or sources the work covers, to decide whether threads pay. */
  static open<T>(worker: URL, run: (task: T) => unknown, units: number): WorkerPool<T> {
    const threads = threadCount();
    if (threads === 1 || units < MIN_UNITS_FOR_WORKERS) return new WorkerPool(run, null, 1);
    return new WorkerPool(run, new Piscina({ filename: worker.href, minThreads: threads, maxThreads: threads }), threads);
  }

  /** Runs every task; `R` is what the tasks return (results cross threads untyped). */
  async runAll<R>(tasks: T[], onDone?: (task: T) => void): Promise<R[]> {
    const pool = this.pool;
    if (!pool) {
      return tasks.map((t) => {
        const r = this.run(t) as R;
        onDone?.(t);
        return r;
      });
    }
    return Promise.all(
      tasks.map(async (t) => {
        const r = (await pool.run(t)) as R;
        onDone?.(t);
        return r;
      }),
    );
  }

  /**
   * Runs tasks as they are drawn from `tasks` and yields their results in task order, with
   * at most two tasks per thread under way: neither the tasks nor their results ever need to
   * be held all at once, so the caller can build each task late (even read it from disk, with
   * an async iterable) and save each result early.
   */
  async *results<R>(tasks: Iterable<T> | AsyncIterable<T>): AsyncGenerator<R> {
    const pool = this.pool;
    if (!pool) {
      for await (const t of tasks) yield this.run(t) as R;
      return;
    }
    // Each task's outcome is kept settled, so a failure waits in line and is thrown in task
    // order, instead of surfacing as an unhandled rejection while an earlier task runs.
    type Outcome = { ok: true; value: R } | { ok: false; error: unknown };
    const underway: Promise<Outcome>[] = [];
    const source = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
    const startNext = async () => {
      const next = await source.next();
      if (!next.done) underway.push(pool.run(next.value).then((value: R) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
    };
    for (let i = 0; i < 2 * this.threads; i++) await startNext();
    while (underway.length) {
      const outcome = await underway.shift()!;
      if (!outcome.ok) throw outcome.error;
      await startNext();
      yield outcome.value;
    }
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

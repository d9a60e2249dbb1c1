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
  ) {}

  /** `units`: how many files or sources the work covers, to decide whether threads pay. */
  static open<T>(worker: URL, run: (task: T) => unknown, units: number): WorkerPool<T> {
    const threads = threadCount();
    if (threads === 1 || units < MIN_UNITS_FOR_WORKERS) return new WorkerPool(run, null);
    return new WorkerPool(run, new Piscina({ filename: worker.href, minThreads: threads, maxThreads: threads }));
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

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { runTask, type Task, type TaskResult } from './tasks';

// Below this many sources, starting worker threads (each loads the language model and the
// gazetteer) costs more than it saves.
const MIN_SOURCES_FOR_WORKERS = 64;

/** Threads to use: every core, or CORROBORATE_THREADS when set lower. */
export function threadCount(): number {
  return Math.max(1, Math.min(availableParallelism(), Number(process.env.CORROBORATE_THREADS ?? availableParallelism())));
}

/** A pool for the transform stage's per-document work; on one thread when the corpus is small. */
export class TaskPool {
  private constructor(private readonly pool: Piscina | null) {}

  static open(sources: number): TaskPool {
    const threads = threadCount();
    if (threads === 1 || sources < MIN_SOURCES_FOR_WORKERS) return new TaskPool(null);
    return new TaskPool(
      new Piscina({
        filename: new URL('./worker.mjs', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
      }),
    );
  }

  /** Runs every task, results in task order. */
  async runAll<T extends Task>(tasks: T[], onDone?: (task: T) => void): Promise<TaskResult<T>[]> {
    if (!this.pool) {
      return tasks.map((t) => {
        const r = runTask(t);
        onDone?.(t);
        return r;
      });
    }
    const pool = this.pool;
    return Promise.all(
      tasks.map(async (t) => {
        const r = (await pool.run(t)) as TaskResult<T>;
        onDone?.(t);
        return r;
      }),
    );
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileTask } from './ingest';

// Below this many files, starting worker threads (each loads the language model) costs
// more than it saves.
const MIN_FILES_FOR_WORKERS = 64;

type Result = { payload: string; warnings: string[] };

/**
 * Analyses files on every core with a Piscina worker pool, results in task order. Workers
 * run the same TypeScript sources through tsx; small batches stay on this thread.
 */
export async function analyseAll(tasks: FileTask[], onDone: () => void): Promise<Result[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), Number(process.env.CORROBORATE_THREADS ?? availableParallelism())));
  if (tasks.length < MIN_FILES_FOR_WORKERS || threads === 1) {
    const { analyseFile } = await import('./ingest');
    return tasks.map((t) => {
      const r = analyseFile(t);
      onDone();
      return r;
    });
  }
  const pool = new Piscina({
    filename: new URL('./analyse-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    return await Promise.all(
      tasks.map(async (t) => {
        const r = (await pool.run(t)) as Result;
        onDone();
        return r;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

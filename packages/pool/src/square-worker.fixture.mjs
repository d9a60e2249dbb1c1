// Worker for worker-pool.test.ts: squares a number, after a delay that makes later tasks finish first.
export default async function (n) {
  if (n < 0) throw new Error(`negative task ${n}`);
  await new Promise((resolve) => setTimeout(resolve, (100 - n) % 7));
  return { n, square: n * n, thread: (await import('node:worker_threads')).threadId };
}

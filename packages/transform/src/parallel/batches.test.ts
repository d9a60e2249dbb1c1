import { describe, expect, it } from 'vitest';
import { sourceBatches } from './batches';

async function all<T>(batches: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of batches) out.push(b);
  return out;
}

describe('sourceBatches', () => {
  const rows = ['a', 'a', 'a', 'b', 'c', 'c', 'd'].map((source_id, i) => ({ source_id, i }));

  it('keeps every source whole and the order unchanged, however the rows arrive in chunks', async () => {
    for (const chunks of [[rows], [rows.slice(0, 2), rows.slice(2, 5), [], rows.slice(5)], rows.map((r) => [r])]) {
      const batches = await all(sourceBatches(chunks, 2));
      expect(batches.map((b) => b.map((r) => r.source_id).join(''))).toEqual(['aaa', 'bcc', 'd']);
      expect(batches.flat()).toEqual(rows);
    }
  });

  it('gives one batch when the target is larger than the input, none for no input', async () => {
    expect(await all(sourceBatches([rows], 100))).toHaveLength(1);
    expect(await all(sourceBatches([], 10))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { RowsBySource, sourceBatches } from './batches';

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

describe('RowsBySource', () => {
  it('hands out the rows of each range of sources in turn, across chunk boundaries', async () => {
    async function* chunks() {
      yield [{ source_id: 'a', n: 1 }, { source_id: 'a', n: 2 }];
      yield [{ source_id: 'c', n: 3 }];
      yield [];
      yield [{ source_id: 'c', n: 4 }, { source_id: 'e', n: 5 }];
    }
    const rows = new RowsBySource(chunks());
    expect((await rows.upTo('b')).map((r) => r.n)).toEqual([1, 2]);
    expect(await rows.upTo('b')).toEqual([]);
    expect((await rows.upTo('d')).map((r) => r.n)).toEqual([3, 4]);
    expect((await rows.upTo('z')).map((r) => r.n)).toEqual([5]);
    expect(await rows.upTo('z')).toEqual([]);
    await rows.close();
  });
});

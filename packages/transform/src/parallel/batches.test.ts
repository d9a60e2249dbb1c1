import { describe, expect, it } from 'vitest';
import { sourceBatches } from './batches';

describe('sourceBatches', () => {
  const rows = ['a', 'a', 'a', 'b', 'c', 'c', 'd'].map((source_id, i) => ({ source_id, i }));

  it('keeps every source whole and the order unchanged', () => {
    const batches = sourceBatches(rows, 2);
    expect(batches.map((b) => b.map((r) => r.source_id).join(''))).toEqual(['aaa', 'bcc', 'd']);
    expect(batches.flat()).toEqual(rows);
  });

  it('gives one batch when the target is larger than the input, none for no input', () => {
    expect(sourceBatches(rows, 100)).toHaveLength(1);
    expect(sourceBatches([], 10)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { defineTable, text, int, date, textList, double, bool } from '@corroborate/tables';
import { Warehouse } from './index';

const sample = defineTable({
  name: 'sample',
  description: 'test table',
  primaryKey: ['id'],
  columns: {
    id: text('id'),
    n: int('n', { nullable: true }),
    d: date('d', { nullable: true }),
    tags: textList('tags'),
    x: double('x'),
    ok: bool('ok'),
  },
});

describe('Warehouse', () => {
  it('round-trips every column kind through the Appender, sorted by the declared order', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sample, [
      { id: 'b', n: null, d: null, tags: [], x: 0.5, ok: false },
      { id: 'a', n: 7, d: '2025-04-30', tags: ['x‑y', '“q”'], x: 1, ok: true },
    ]);
    expect(await wh.readTable(sample)).toEqual([
      { id: 'a', n: 7, d: '2025-04-30', tags: ['x‑y', '“q”'], x: 1, ok: true },
      { id: 'b', n: null, d: null, tags: [], x: 0.5, ok: false },
    ]);
    wh.close();
  });

  it('leaves the old rows in place when a replacement fails', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sample, [{ id: 'a', n: 1, d: null, tags: [], x: 0, ok: true }]);
    const bad = [{ id: null, n: 1, d: null, tags: [], x: 0, ok: true }] as never[];
    await expect(wh.replaceTable(sample, bad)).rejects.toThrow(/sample.*id is required/);
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['a']);
    wh.close();
  });

  it('binds query parameters', async () => {
    const wh = await Warehouse.open(':memory:');
    expect(await wh.query('SELECT $1 AS v', ["O'Brien; DROP TABLE x"])).toEqual([{ v: "O'Brien; DROP TABLE x" }]);
    wh.close();
  });
});

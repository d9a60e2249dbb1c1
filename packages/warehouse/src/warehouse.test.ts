import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('streams a query a chunk at a time while writing through the main connection', async () => {
    const wh = await Warehouse.open(':memory:');
    const ids = Array.from({ length: 5000 }, (_, i) => `r${String(i).padStart(5, '0')}`);
    await wh.replaceTable(sample, ids.map((id, i) => ({ id, n: i, d: null, tags: [], x: i / 2, ok: i % 2 === 0 })));
    const copy = await wh.writeAside(sample);
    const seen: string[] = [];
    const chunkSizes: number[] = [];
    for await (const rows of wh.stream<{ id: string; n: number }>('SELECT id, n FROM sample WHERE n >= $1 ORDER BY id', [10])) {
      chunkSizes.push(rows.length);
      for (const r of rows) seen.push(r.id);
      copy.append(rows.map((r) => ({ id: r.id, n: r.n, d: null, tags: [], x: 0, ok: true })));
    }
    expect(seen).toEqual(ids.slice(10));
    expect(chunkSizes.length).toBeGreaterThan(1);
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(2048);
    copy.close();
    await wh.swapIn([copy]);
    expect((await wh.readTable(sample)).length).toBe(4990);
    wh.close();
  });

  it('reads sorted streams larger than its memory limit, two at once (as transform does)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'));
    try {
      const wh = await Warehouse.open(join(dir, 'warehouse.duckdb'));
      // 400,000 rows of about 290 bytes: each sorted stream is about 115 MB.
      await wh.run('CREATE TABLE big AS SELECT md5(i::VARCHAR) AS id, repeat(md5(i::VARCHAR), 8) AS body FROM range(400000) t(i)');
      await wh.run('CHECKPOINT');
      await wh.run("SET memory_limit = '200MB'");
      const first = wh.stream<{ id: string }>('SELECT id, body FROM big ORDER BY body')[Symbol.asyncIterator]();
      expect((await first.next()).done).toBe(false);
      let rows = 0;
      let last = '';
      for await (const chunk of wh.stream<{ id: string }>('SELECT id, body FROM big ORDER BY id')) {
        for (const r of chunk) {
          expect(r.id > last).toBe(true);
          last = r.id;
        }
        rows += chunk.length;
      }
      expect(rows).toBe(400000);
      await first.return?.(undefined);
      wh.close();
      // Each stream's spill file is gone once it has been read or abandoned.
      expect(readdirSync(dir).filter((f) => f.startsWith('.stream-'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('rebuilds a table written aside from a query over it', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sample, [{ id: 'old', n: 1, d: null, tags: [], x: 0, ok: true }]);
    const aside = await wh.writeAside(sample);
    aside.append([
      { id: 'a', n: 1, d: null, tags: ['t'], x: 0.5, ok: true },
      { id: 'b', n: 2, d: null, tags: [], x: 1.5, ok: false },
    ]);
    await wh.rebuildAside(aside, 'SELECT s.* REPLACE (s.n * 10 AS n) FROM sample__new s');
    // Still aside: the table in place is untouched until swapIn.
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['old']);
    await wh.swapIn([aside]);
    expect(await wh.readTable(sample)).toEqual([
      { id: 'a', n: 10, d: null, tags: ['t'], x: 0.5, ok: true },
      { id: 'b', n: 20, d: null, tags: [], x: 1.5, ok: false },
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

  it('writes tables aside in batches and swaps them in together', async () => {
    const wh = await Warehouse.open(':memory:');
    const other = defineTable({ name: 'other', description: 'test table', primaryKey: ['id'], columns: { id: text('id') } });
    const row = (id: string) => ({ id, n: 1, d: null, tags: [], x: 0, ok: true });
    await wh.replaceTable(sample, [row('old')]);
    const a = await wh.writeAside(sample);
    const b = await wh.writeAside(other);
    for (const batch of [['c', 'a'], ['b']]) {
      a.append(batch.map(row));
      b.append(batch.map((id) => ({ id })));
    }
    // Written aside: the table in place still has its old rows.
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['old']);
    await wh.swapIn([a, b]);
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await wh.readTable(other)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(await wh.hasTable('sample__new')).toBe(false);

    // A swap that fails part way (here a table written aside has gone) leaves every table as it was.
    const c = await wh.writeAside(sample);
    c.append([row('z')]);
    const d = await wh.writeAside(other);
    d.close();
    await wh.run('DROP TABLE other__new');
    await expect(wh.swapIn([c, d])).rejects.toThrow(/other__new/);
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await wh.readTable(other)).map((r) => r.id)).toEqual(['a', 'b', 'c']);

    // A bad row names its table and row.
    const e = await wh.writeAside(sample);
    expect(() => e.append([row('y'), { ...row('x'), id: null } as never])).toThrow(/sample: row 2: id is required/);
    wh.close();
  });

  it('replaces a table with the rows of a query, matching columns by name, and keeps the old rows when the query fails', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.replaceTable(sample, [{ id: 'old', n: 1, d: null, tags: [], x: 0, ok: true }]);
    const n = await wh.replaceTableFromQuery(sample, "SELECT true AS ok, 2.5 AS x, ['t'] AS tags, NULL AS d, 3 AS n, $1 AS id", ['new']);
    expect(n).toBe(1);
    expect(await wh.readTable(sample)).toEqual([{ id: 'new', n: 3, d: null, tags: ['t'], x: 2.5, ok: true }]);
    await expect(wh.replaceTableFromQuery(sample, 'SELECT * FROM no_such_table')).rejects.toThrow(/sample.*no_such_table/);
    expect((await wh.readTable(sample)).map((r) => r.id)).toEqual(['new']);
    wh.close();
  });

  it('caps DuckDB\'s memory when CORROBORATE_DUCKDB_MEMORY says so, and names a bad value', async () => {
    const saved = process.env.CORROBORATE_DUCKDB_MEMORY;
    try {
      process.env.CORROBORATE_DUCKDB_MEMORY = '512MB';
      const wh = await Warehouse.open(':memory:');
      const [row] = await wh.query<{ limit: string }>("SELECT current_setting('memory_limit') AS \"limit\"");
      expect(row!.limit).toMatch(/^48\d(\.\d+)? MiB$/);
      wh.close();
      process.env.CORROBORATE_DUCKDB_MEMORY = 'lots';
      await expect(Warehouse.open(':memory:')).rejects.toThrow(/cannot open warehouse :memory:.*CORROBORATE_DUCKDB_MEMORY=lots/);
    } finally {
      if (saved === undefined) delete process.env.CORROBORATE_DUCKDB_MEMORY;
      else process.env.CORROBORATE_DUCKDB_MEMORY = saved;
    }
  });

  it('binds query parameters', async () => {
    const wh = await Warehouse.open(':memory:');
    expect(await wh.query('SELECT $1 AS v', ["O'Brien; DROP TABLE x"])).toEqual([{ v: "O'Brien; DROP TABLE x" }]);
    wh.close();
  });
});

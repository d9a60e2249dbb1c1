import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaSql } from '@corroborate/tables';
import { Warehouse } from '@corroborate/warehouse';
import { writeDataset } from './publish-dataset';

describe('writeDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-dataset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 10,000 distinct documents of 5,600 characters: with DuckDB's default row group (122,880
  // rows) the Parquet writer held all 56 MB of them at once, beyond a 128 MB memory limit.
  it('writes wide tables in row groups sized by bytes, within a small DuckDB memory limit', async () => {
    const wh = await Warehouse.open(join(dir, 'warehouse.duckdb'));
    await wh.run(schemaSql());
    await wh.run(`INSERT INTO documents SELECT printf('%016x', i), repeat(md5(i::VARCHAR) || ' ', 170) FROM range(10000) t(i)`);
    await wh.run('CHECKPOINT');
    await wh.run(`SET memory_limit = '128MB'`);
    const tables = await writeDataset(wh, join(dir, 'out'));
    expect(tables.find((t) => t.table === 'documents')?.rows).toBe(10000);
    const groups = await wh.query<{ n: number }>('SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata($1)', [join(dir, 'out', 'parquet', 'documents.parquet')]);
    expect(groups[0]!.n).toBeGreaterThan(1);
    wh.close();
  }, 60_000);

  // DuckDB writes with every core; the files must not depend on how many there are.
  it('writes the same bytes on one thread as on four', async () => {
    const wh = await Warehouse.open(join(dir, 'threads.duckdb'));
    await wh.run(schemaSql());
    await wh.run(`INSERT INTO documents SELECT printf('%016x', i), repeat(md5(i::VARCHAR), 1 + i % 40) FROM range(30000) t(i)`);
    await wh.run(`INSERT INTO entities (entity_id, name, type, aliases, latitude, mention_count, source_count)
      SELECT printf('%016x', i), 'name ' || (i * 7919 % 300007), 'ORG', [md5(i::VARCHAR)], i / 7, i % 9, i % 5 FROM range(300000) t(i)`);
    const written: Record<string, Buffer>[] = [];
    for (const threads of [1, 4]) {
      await wh.run(`SET threads = ${threads}`);
      const out = join(dir, `threads-${threads}`);
      await writeDataset(wh, out);
      written.push(Object.fromEntries(['csv', 'parquet'].flatMap((f) => readdirSync(join(out, f)).map((file) => [`${f}/${file}`, readFileSync(join(out, f, file))]))));
    }
    expect(Object.keys(written[1]!).sort()).toEqual(Object.keys(written[0]!).sort());
    for (const [file, bytes] of Object.entries(written[0]!)) expect(bytes.equals(written[1]![file]!), file).toBe(true);
    wh.close();
  }, 120_000);
});

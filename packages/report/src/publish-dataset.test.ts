import { mkdtempSync, rmSync } from 'node:fs';
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
});

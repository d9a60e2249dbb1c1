import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaSql } from '@corroborate/tables';
import { Warehouse } from '@corroborate/warehouse';
import { loadBriefingData } from './data';

// A briefing reads a large warehouse within a small DuckDB memory limit: the work done over
// every claim or cluster must stream (counts, top-N), not carry every row with its text.
// 500,000 claims in 500,000 clusters at 200 MB: the scale of 10,000 articles, with a tenth of
// the memory the 100,000-article run gives DuckDB.
const CLAIMS = 500_000;

describe('loadBriefingData on a large warehouse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-briefing-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the briefing within a 200 MB DuckDB memory limit', async () => {
    const wh = await Warehouse.open(join(dir, 'warehouse.duckdb'));
    await wh.run(schemaSql());
    await wh.run(`INSERT INTO sources BY NAME
      SELECT printf('%016x', i) AS source_id, printf('%05d.txt', i) AS file, 'utf-8' AS encoding, printf('%064x', i) AS sha256,
             1000 AS char_count, 200 AS word_count, 'en' AS language
      FROM range(2000) t(i)`);
    await wh.run(`INSERT INTO claims BY NAME
      SELECT printf('%016x', i) AS claim_id, printf('%016x', i % 2000) AS source_id, printf('%016x', i) AS sentence_id,
             0 AS start, 150 AS "end",
             'Claim ' || i || ': officials in the region said that the new crossing would open to trade within two weeks of the talks.' AS text,
             'characterization' AS claim_type, (i % 100) / 100 AS checkworthiness, 'affirmed' AS polarity, 'asserted' AS modality,
             printf('c%015x', i) AS cluster_id
      FROM range(${CLAIMS}) t(i)`);
    await wh.run(`INSERT INTO clusters BY NAME
      SELECT cluster_id, text AS label, 1 AS claim_count, 1 AS source_count, 1 AS independent_source_count,
             'single_source' AS status, 6 AS credibility, '{}' AS detail
      FROM claims`);
    await wh.run(`SET memory_limit = '200MB'`);
    const data = await loadBriefingData(wh);
    expect(data.appendix.length).toBeGreaterThan(0);
    expect(data.appendix[0]!.total).toBe(CLAIMS);
    wh.close();
  }, 120_000);
});

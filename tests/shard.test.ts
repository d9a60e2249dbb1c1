import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corroborate, runPipeline, SEEDS, tempDir } from './helpers';

describe('sharded runs', () => {
  it('three shards and a merge give the same dataset as one run', () => {
    const root = tempDir('corroborate-shards-');
    const dirs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const out = join(root, `machine-${i}`);
      const r = corroborate(['run', '--shard', `${i}/3`, '--input', SEEDS, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      dirs.push(join(out, `shard-${i}-of-3`));
    }
    const merged = join(root, 'merged');
    const m = corroborate(['merge', ...dirs, '--out', merged, '--no-briefing']);
    expect(m.code, m.stderr).toBe(0);
    const single = runPipeline(SEEDS, join(root, 'single'), ['--no-briefing']).out;
    for (const format of ['csv', 'parquet']) {
      const files = readdirSync(join(single, 'dataset', format)).filter((f) => !f.startsWith('runs.'));
      expect(files.length).toBeGreaterThan(10);
      for (const f of files) {
        const a = readFileSync(join(single, 'dataset', format, f));
        const b = readFileSync(join(merged, 'dataset', format, f));
        expect(a.equals(b), `${format}/${f}`).toBe(true);
      }
    }
  });

  it('refuses a malformed shard', () => {
    expect(corroborate(['run', '--shard', '3/3', '--input', SEEDS, '--out', tempDir()]).code).toBe(2);
    expect(corroborate(['merge', tempDir(), '--out', tempDir()]).code).toBe(2);
  });
});

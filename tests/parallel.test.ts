import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corroborate, tempDir } from './helpers';

describe('per-document work on worker threads', () => {
  it('gives the same dataset with a pool of threads as on one thread', () => {
    const input = join(tempDir('corroborate-parallel-'), 'input');
    mkdirSync(input);
    // Enough files for the ingest and transform pools to start (they stay off for small batches).
    for (let i = 0; i < 80; i++) {
      writeFileSync(
        join(input, `a${String(i).padStart(3, '0')}.txt`),
        `Report ${i}\n\nThe council of Town ${i % 7} met on Monday, officials said. It approved ${100 + i} new homes near the river.\n`,
      );
    }
    const outs = ['1', '2'].map((threads) => {
      const out = tempDir();
      const r = corroborate(['run', '--input', input, '--out', out, '--no-briefing'], { CORROBORATE_THREADS: threads });
      expect(r.code, r.stderr).toBe(0);
      return out;
    });
    for (const f of readdirSync(join(outs[0]!, 'dataset', 'csv'))) {
      if (f.startsWith('runs.')) continue;
      const a = readFileSync(join(outs[0]!, 'dataset', 'csv', f));
      const b = readFileSync(join(outs[1]!, 'dataset', 'csv', f));
      expect(a.equals(b), f).toBe(true);
    }
    expect(readFileSync(join(outs[1]!, 'dataset', 'csv', 'sources.csv'), 'utf8').trim().split('\r\n').length).toBe(81);
  });
});

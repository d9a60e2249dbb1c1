import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corroborate, tempDir } from './helpers';

describe('per-document work on worker threads', () => {
  it('gives the same dataset with a pool of threads as on one thread', () => {
    const input = join(tempDir('corroborate-parallel-'), 'input');
    mkdirSync(input);
    // Enough files for the ingest and transform pools to start (they stay off for small
    // batches), and enough sentences (over 2,000) for transform to make several batches.
    for (let i = 0; i < 80; i++) {
      const paragraphs = Array.from({ length: 30 }, (_, j) => `The council of Town ${(i + j) % 7} met Minister Ada Brennick on day ${j}, officials said. Brennick approved ${100 + i + j} new homes.`);
      writeFileSync(join(input, `a${String(i).padStart(3, '0')}.txt`), `Report ${i}\n\n${paragraphs.join('\n\n')}\n`);
    }
    const outs = ['1', '2'].map((threads) => {
      const out = tempDir();
      const r = corroborate(['run', '--input', input, '--out', out, '--no-briefing'], { CORROBORATE_THREADS: threads });
      expect(r.code, r.stderr).toBe(0);
      return out;
    });
    // The same through the separate stage commands (transform without a progress bar).
    const staged = tempDir();
    for (const args of [['ingest', '--input', input], ['transform'], ['report', '--no-briefing']]) {
      const r = corroborate([...args, '--out', staged], { CORROBORATE_THREADS: '2' });
      expect(r.code, r.stderr).toBe(0);
    }
    const csv = (out: string, f: string) => readFileSync(join(out, 'dataset', 'csv', f));
    for (const f of readdirSync(join(outs[0]!, 'dataset', 'csv'))) {
      if (f.startsWith('runs.') || f.startsWith('changes.')) continue;
      expect(csv(outs[0]!, f).equals(csv(outs[1]!, f)), f).toBe(true);
      expect(csv(outs[0]!, f).equals(csv(staged, f)), `${f} (stage commands)`).toBe(true);
    }
    expect(csv(outs[1]!, 'sources.csv').toString().trim().split('\r\n').length).toBe(81);
    expect(csv(outs[1]!, 'sentences.csv').toString().trim().split('\r\n').length).toBeGreaterThan(2400);
  });
});

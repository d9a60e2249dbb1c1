import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run bench` as a user runs it, on a tiny synthetic corpus (and the real news it always
// adds): the figures are not checked, only that every stage ran and was reported.
describe('npm run bench', () => {
  it('reports every stage and the ratio to wink-nlp, on synthetic and on real news', () => {
    const script = fileURLToPath(new URL('./bench.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--articles', '30'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const title of ['articles=30: articles=30', 'real news (Brown Corpus press sections, 1961): articles=88']) {
      const block = r.stdout.slice(r.stdout.indexOf(`${title} words=`));
      expect(block, title).toMatch(/^.+\n {2}ingest .+\n {2}transform .+\n {2}cross-referencing \d+ claims: .+\n {2}dataset .+\n {2}dataset \+ PDF briefing .+\n {2}end-to-end .+ words\/s .+\n {2}wink-nlp full pass, one core: .+ = \d\.\d\d/);
    }
  }, 600_000);
});

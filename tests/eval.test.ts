import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

describe('npm run eval', () => {
  // It runs outside vitest: nothing it uses may need the test runner (the temporary folders did).
  it('scores the seeds against the gold and prints every section', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'eval', 'main.ts')], { cwd: join(ROOT, 'tests'), encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    for (const section of ['Entities, with the gazetteer', 'Claims (tests/gold/claims.json)', 'Cross-article pairs']) expect(r.stdout).toContain(section);
    expect(r.stdout).toMatch(/same {9}precision \d\.\d{3} {2}recall \d\.\d{3}/);
  }, 180_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));
const LOG_HOOK = fileURLToPath(new URL('./load-log.fixture.mjs', import.meta.url));

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let calls = 0;
  /** The module specifiers a CLI call resolves. */
  function loaded(args: string[]): string[] {
    const log = join(dir, `load-${++calls}.log`);
    const r = spawnSync(process.execPath, ['--import', LOG_HOOK, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LOAD_LOG: log } });
    expect(r.error).toBeUndefined();
    return readFileSync(log, 'utf8').split('\n');
  }

  // Each stage loads heavy libraries (language profiles, the tagger's model, chrono-node,
  // pdfkit): a command loads only the stages it runs.
  it('loads no stage for --help, and only the transform stage for transform', () => {
    const stages = (specifiers: string[]) => [...new Set(specifiers.filter((s) => /^@corroborate\/(ingest|transform|report)$/.test(s)))].sort();
    expect(stages(loaded(['--help']))).toEqual([]);
    const input = mkdtempSync(join(dir, 'input-'));
    const out = join(dir, 'out');
    expect(spawnSync(process.execPath, [BIN, '--input', input, '--out', out, '--quiet', 'ingest']).status).toBe(0);
    expect(stages(loaded(['--input', input, '--out', out, '--quiet', 'transform']))).toEqual(['@corroborate/transform']);
  }, 120_000);
});

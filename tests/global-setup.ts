import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder every test's temporary folders go in, removed when the run ends. */
    tempRoot: string;
  }
}

/** One temporary folder for the whole run: tests write warehouses and datasets there, and nothing is left behind. */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-tests-'));
  project.provide('tempRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}

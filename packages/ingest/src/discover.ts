import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from './errors';

export const MANIFEST = 'sources.csv';

/** Relative, /-separated path of `path` inside `root`, or null when it lies outside. */
export function insideRoot(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/**
 * Every input file below `inputDir` (hidden files and the manifest aside), sorted by path
 * so that runs are deterministic. Links that lead outside the folder are rejected.
 */
export function discoverInputs(inputDir: string): { files: string[]; rejects: InputError[] } {
  const root = realpathSync(inputDir);
  const files: string[] = [];
  const rejects: InputError[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const rel = insideRoot(root, full)!;
      let real: string;
      try {
        real = realpathSync(full);
      } catch (cause) {
        rejects.push(new InputError(rel, `unreadable: ${(cause as Error).message}`, null, { cause }));
        continue;
      }
      if (insideRoot(root, real) === null) {
        rejects.push(new InputError(rel, 'path outside the input folder (a link pointing elsewhere)'));
        continue;
      }
      const stat = statSync(real);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && rel !== MANIFEST) files.push(rel);
    }
  };
  walk(root);
  files.sort(byCodePoint);
  return { files, rejects };
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

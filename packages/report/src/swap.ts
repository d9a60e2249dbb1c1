import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Publishing = build the new folder aside, then two renames: the old folder out of the
// way, the new one into place. A crash between the two leaves `<target>.old-*`, which
// recoverSwap puts back before the next publish; stale staging folders are removed.

export function stagingPath(target: string): string {
  return `${target}.staging-${process.pid}`;
}

export function recoverSwap(target: string): void {
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  const name = basename(target);
  const leftovers = readdirSync(dir).filter((f) => f.startsWith(`${name}.old-`) || f.startsWith(`${name}.staging-`));
  for (const f of leftovers.sort()) {
    const path = join(dir, f);
    if (f.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

export function swapIntoPlace(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  renameSync(staging, target);
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}

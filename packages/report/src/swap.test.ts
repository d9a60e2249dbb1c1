import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverSwap, swapIntoPlace } from './swap';

function folder(path: string, content: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'file.txt'), content);
}

describe('publishing a folder', () => {
  it('swaps the new folder in and removes the old one', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const target = join(root, 'dataset');
    folder(target, 'old');
    folder(join(root, 'new'), 'new');
    swapIntoPlace(join(root, 'new'), target);
    expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dataset']);
  });

  it('restores the previous folder after a crash between the two renames', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const target = join(root, 'dataset');
    folder(target, 'old');
    renameSync(target, `${target}.old-12345`); // the crash happened here
    folder(`${target}.staging-12345`, 'half-written');
    recoverSwap(target);
    expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dataset']);
  });

  it('drops leftovers when the target is intact', () => {
    const root = mkdtempSync(join(tmpdir(), 'swap-'));
    const target = join(root, 'dataset');
    folder(target, 'current');
    folder(`${target}.old-1`, 'stale');
    recoverSwap(target);
    expect(readFileSync(join(target, 'file.txt'), 'utf8')).toBe('current');
    expect(existsSync(`${target}.old-1`)).toBe(false);
  });
});

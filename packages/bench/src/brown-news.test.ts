import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressFiles, untag, writeBrownNews } from './brown-news';

describe('untag', () => {
  it('drops the tags and joins the words as they were printed', () => {
    const tagged = '\n\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn \'\'/\'\' ,/, Mr./np Allen/np Jr./np ./.\n\n\n\tIt/pps (/( Atlanta\'s/np$ )/) won/vbd ;/. 1/2/cd\n';
    expect(untag(tagged)).toBe('The jury said “no evidence”, Mr. Allen Jr.\nIt (Atlanta\'s) won; 1/2\n');
  });
});

describe('writeBrownNews', () => {
  it('writes the 88 press texts of the Brown Corpus as plain text', async () => {
    expect(pressFiles()).toHaveLength(88);
    const dir = await mkdtemp(join(tmpdir(), 'brown-'));
    try {
      const result = await writeBrownNews(dir);
      expect(result.files).toBe(88);
      expect(result.words).toBeGreaterThan(150_000);
      const names = await readdir(dir);
      expect(names).toHaveLength(88);
      const first = await readFile(join(dir, 'brown-ca01.txt'), 'utf8');
      expect(first.startsWith('The Fulton County Grand Jury said Friday an investigation of Atlanta\'s recent primary election produced “no evidence” that any irregularities took place.\n')).toBe(true);
      expect(first).not.toMatch(/\/[a-z]+\b|``|''/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

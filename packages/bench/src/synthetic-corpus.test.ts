import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { plantedStories, syntheticArticles, writeSyntheticCorpus, type SyntheticArticle } from './synthetic-corpus';

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const collect = (articles: number, seed?: number): SyntheticArticle[] => [...syntheticArticles({ articles, seed })];
const sentences = (text: string): string[] => text.split(/(?<=[.!?”])\s+/);

describe('syntheticArticles', () => {
  it('is deterministic for the same options and differs across seeds', () => {
    const a = collect(200, 42);
    const b = collect(200, 42);
    expect(a).toEqual(b);
    const c = collect(200, 43);
    expect(c.map((x) => x.text)).not.toEqual(a.map((x) => x.text));
  });

  it('yields exactly the requested number of uniquely named articles', () => {
    const articles = collect(137);
    expect(articles).toHaveLength(137);
    expect(articles[0]?.name).toBe('a000000.txt');
    expect(articles[136]?.name).toBe('a000136.txt');
    expect(new Set(articles.map((a) => a.name)).size).toBe(137);
    for (const a of articles) expect(a.name).toMatch(/^a\d{6}\.txt$/);
    expect(collect(0)).toHaveLength(0);
  });

  it('keeps every article within 500–900 words, with varied lengths', () => {
    const counts = collect(1000, 7).map((a) => words(a.text));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...counts)).toBeLessThanOrEqual(900);
    expect(Math.min(...counts)).toBeLessThan(600);
    expect(Math.max(...counts)).toBeGreaterThan(800);
  });

  it('produces news-like surface features', () => {
    const texts = collect(300, 5).map((a) => a.text);
    const all = texts.join('\n');
    for (const text of texts) {
      const lines = text.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(text.endsWith('\n')).toBe(true);
    }
    expect(all).toMatch(/“[^”]+,” said /); // quotes with reported speech
    expect(all).toMatch(/according to/);
    expect(all).toMatch(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)+ \([A-Z]{2,}\)/); // acronym definitions
    expect(all).toMatch(/\d{1,3},\d{3}/); // thousands separators
    expect(all).toMatch(/\d+(\.\d)? percent/);
    expect(all).toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/);
    expect(all).toMatch(/\b[a-z]+-[a-z]+\b/); // hyphenated words
    expect(all).not.toMatch(/ {2}|\{|\}|undefined|\ba [aeiou][a-z]+ (?!percent)/i);
  });

  it('plants stories that recur across articles in different wordings', () => {
    const options = { articles: 400, seed: 11 };
    const stories = plantedStories(options);
    expect(stories.length).toBe(20); // max(20, 400 / 20)
    const texts = [...syntheticArticles(options)].map((a) => a.text);

    let recurring = 0;
    let paraphrased = 0;
    let conflicting = 0;
    for (const story of stories) {
      const mentions = (n: string) =>
        texts.flatMap((t) => sentences(t).filter((s) => s.includes(n) && s.includes(story.place) && s.includes(story.date)));
      const hits = mentions(story.number);
      const carriers = texts.filter((t) => t.includes(story.number) && t.includes(story.place) && t.includes(story.date));
      if (carriers.length >= 2) recurring++;
      if (new Set(hits).size >= 2) paraphrased++;
      if (story.altNumber && mentions(story.altNumber).length > 0) conflicting++;
    }
    expect(recurring).toBeGreaterThanOrEqual(18);
    expect(paraphrased).toBeGreaterThanOrEqual(15);
    expect(conflicting).toBeGreaterThanOrEqual(1);
  });

  it('includes some exact duplicates of earlier articles', () => {
    const texts = collect(2000, 3).map((a) => a.text);
    const duplicates = texts.length - new Set(texts).size;
    expect(duplicates).toBeGreaterThan(5);
    expect(duplicates).toBeLessThan(60);
  });
});

describe('writeSyntheticCorpus', () => {
  it('writes one file per article and reports counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-corpus-'));
    try {
      const target = join(dir, 'nested', 'corpus');
      const result = await writeSyntheticCorpus(target, { articles: 25, seed: 9 });
      const expected = collect(25, 9);
      expect(result.files).toBe(25);
      expect((await readdir(target)).sort()).toEqual(expected.map((a) => a.name));
      let totalWords = 0;
      let totalBytes = 0;
      for (const a of expected) {
        expect(await readFile(join(target, a.name), 'utf8')).toBe(a.text);
        totalWords += words(a.text);
        totalBytes += Buffer.byteLength(a.text, 'utf8');
      }
      expect(result.words).toBe(totalWords);
      expect(result.bytes).toBe(totalBytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

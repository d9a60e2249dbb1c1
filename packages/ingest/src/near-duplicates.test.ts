import { describe, expect, it } from 'vitest';
import { minhash, nearDuplicates, similarity } from './near-duplicates';

const article = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} talks about topic ${i * 7} in region ${i % 5}.`).join(' ');
const other = Array.from({ length: 60 }, (_, i) => `A different text ${i} covers matter ${i * 3} far from area ${i % 4}.`).join(' ');

describe('near-duplicate documents', () => {
  it('scores a lightly edited copy as similar and an unrelated text as not', () => {
    const copy = 'Syndicated from Daily Site. ' + article.replace('topic 7', 'topic seven') + ' Read more.';
    expect(similarity(minhash(article), minhash(copy))).toBeGreaterThan(0.8);
    expect(similarity(minhash(article), minhash(other))).toBeLessThan(0.1);
  });

  it('points copies at the first document of their group', () => {
    const docs = [
      { id: 'a', signature: minhash(article) },
      { id: 'b', signature: minhash(other) },
      { id: 'c', signature: minhash(article.toUpperCase()) },
      { id: 'd', signature: minhash(article + ' One more closing line.') },
    ];
    expect(nearDuplicates(docs)).toEqual(new Map([['c', 'a'], ['d', 'a']]));
  });
});

describe('one-permutation MinHash', () => {
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');
  // Shingles of 5 words: texts of 1,000 words overlapping on 600 share 596 of 1,396 shingles.
  it('estimates the Jaccard similarity of shingle sets', () => {
    const estimate = similarity(minhash(words(0, 1000)), minhash(words(400, 1400)));
    expect(estimate).toBeGreaterThan(596 / 1396 - 0.12);
    expect(estimate).toBeLessThan(596 / 1396 + 0.12);
  });

  it('compares texts with fewer shingles than bins (empty bins filled alike)', () => {
    const short = words(0, 30);
    expect(similarity(minhash(short), minhash(short.toUpperCase()))).toBe(1);
    expect(similarity(minhash(short), minhash(words(100, 130)))).toBeLessThan(0.1);
    expect(minhash(short).every((v) => v !== 0xffffffff)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { CorpusTemplate, isBoilerplateLine, lineKey } from './boilerplate';

function corpusTemplate(sources: string[][]): Set<string> {
  const template = new CorpusTemplate();
  for (const lines of sources) template.add(lines);
  return template.lines();
}

describe('isBoilerplateLine', () => {
  it.each(['Latest Post', 'Related Articles', 'Read more', 'Share this:', 'Advertisement', 'By Jane Roe', '© 2025 Daily Site', 'Tags: Pakistan, Afghanistan', 'Follow us on X'])(
    '%s is boilerplate',
    (line) => expect(isBoilerplateLine(line)).toBe(true),
  );
  it.each([
    'Read more about the border talks in the statement the ministry released on Monday, officials said.',
    'By tolerating TTP, IMP, ISIL-K, and Al-Qaeda, the Taliban have ensured that militancy continues.',
    'Conclusion',
    'Latest developments suggest the talks will resume.',
  ])('%s is not boilerplate', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe('CorpusTemplate', () => {
  it('finds short lines shared by many sources and ignores sentences', () => {
    const sources = Array.from({ length: 10 }, (_, i) => [`Unique heading ${i}`, 'Daily Site Newsletter', 'The same full sentence in every source.']);
    const found = corpusTemplate(sources);
    expect(found).toEqual(new Set([lineKey('Daily Site Newsletter')]));
  });

  it('needs at least three sources', () => {
    expect(corpusTemplate([['Daily Site Newsletter'], ['Daily Site Newsletter']]).size).toBe(0);
  });
});

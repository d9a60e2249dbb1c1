import { describe, expect, it } from 'vitest';
import { isHeading, paragraphs, segment } from './segment';

describe('isHeading', () => {
  it.each([
    'A Repeating Pattern of Betrayal',
    'Taliban: A Safe Haven for Anti-Pakistan Militancy',
    'Conclusion',
    'The Evolving Terrorist Ecosystem of Afghanistan under Taliban: A Taxonomy of Threats',
    'India’s Growing Footprint, and Its Implications',
    'What Happens Next?',
  ])('%s is a heading', (line) => expect(isHeading(line)).toBe(true));

  it.each([
    'The talks resumed on Monday.',
    'But the current moment is particularly stark',
    'Will the talks resume?',
    '2025',
    'This sentence has no final stop but is clearly a lower case sentence of prose that goes on',
  ])('%s is not a heading', (line) => expect(isHeading(line)).toBe(false));
});

describe('segment', () => {
  const text = 'A Short Heading\n\nFirst sentence here. Second one, with the U.S. in it! Third?\n\nLast paragraph.';

  it('splits paragraphs on blank lines with offsets', () => {
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'A Short Heading',
      'First sentence here. Second one, with the U.S. in it! Third?',
      'Last paragraph.',
    ]);
  });

  it('gives sentences whose offsets slice the text exactly, headings apart', () => {
    const segs = segment(text);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.paragraph, s.heading])).toEqual([
      ['A Short Heading', 0, true],
      ['First sentence here.', 1, false],
      ['Second one, with the U.S. in it!', 1, false],
      ['Third?', 1, false],
      ['Last paragraph.', 2, false],
    ]);
  });
});

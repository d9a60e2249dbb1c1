import { describe, expect, it } from 'vitest';
import { countWords, normaliseText } from './normalise';

describe('normaliseText', () => {
  it('applies NFC, unifies newlines and spaces, keeps one blank line between paragraphs', () => {
    const raw = '\uFEFFCafe\u0301  au\u00A0lait\r\n\r\n\r\n  Second\tparagraph  \rThird\u2028Fourth\n\n\n';
    expect(normaliseText(raw)).toBe('Café au lait\n\nSecond paragraph\n\nThird\n\nFourth');
  });

  it('keeps characters the source chose: curly quotes, U+2011, dashes', () => {
    const raw = '“Tehreek‑e‑Taliban” — it’s here.';
    expect(normaliseText(raw)).toBe(raw);
  });

  it('joins hard-wrapped lines of one paragraph but not a heading and its paragraph', () => {
    const raw = 'The talks resumed on Monday after a long\nbreak, officials said.\nA New Heading\nThe next paragraph.';
    expect(normaliseText(raw)).toBe('The talks resumed on Monday after a long break, officials said.\n\nA New Heading\n\nThe next paragraph.');
  });

  it('removes invisible characters', () => {
    expect(normaliseText('co\u00ADoperate\u200B now\u0007')).toBe('cooperate now');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normaliseText(' \n\t\r\n \u00A0')).toBe('');
  });
});

describe('countWords', () => {
  it('counts words, numbers and hyphenated compounds once each', () => {
    expect(countWords('Tehreek‑e‑Taliban killed 1,873 — “over 150” in the Taliban’s area.')).toBe(9);
  });
});

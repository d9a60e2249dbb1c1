import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

const byRegex = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('fingerprint', () => {
  it('keeps lower-case letters and digits of every script, single-spaced', () => {
    expect(fingerprint('  “Tehreek‑e‑Taliban” (TTP), 2021! ')).toBe('tehreek e taliban ttp 2021');
    expect(fingerprint('ﬁne Ｆｕｌｌ width ² ')).toBe('fine full width 2');
  });

  it('is the Unicode letter-and-digit regex, character for character', () => {
    const samples = [
      'Plain ASCII, with punctuation -- and  spaces.',
      'Urdu: پاکستان اور افغانستان کے تعلقات ۲۰۲۱',
      'Pashto و Dari: کابل، ننګرهار',
      'Emoji 🙂 and math 𝐀𝐁 and CJK 中文 文字',
      'Combining marks: e\u0301te\u0301, Devanagari: हिन्दी',
      '\u00a0non-breaking\u2011hyphen\u200bzero-width',
      '',
      '...',
    ];
    for (const s of samples) expect(fingerprint(s), s).toBe(byRegex(s));
  });
});

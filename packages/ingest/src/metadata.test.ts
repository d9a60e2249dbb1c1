import { describe, expect, it } from 'vitest';
import { languageOf, metaFromRecord, mergeMeta, parsePublishedDate } from './metadata';

describe('metadata', () => {
  it('parses complete dates only', () => {
    expect(parsePublishedDate('2025-11-20')).toBe('2025-11-20');
    expect(parsePublishedDate('2025-11-20T23:10:00+05:00')).toBe('2025-11-20');
    expect(parsePublishedDate('20 November 2025')).toBe('2025-11-20');
    expect(parsePublishedDate('Nov 3, 2024')).toBe('2024-11-03');
    expect(parsePublishedDate('20 November')).toBeNull();
    expect(parsePublishedDate('2025-02-30')).toBeNull();
    expect(parsePublishedDate('soon')).toBeNull();
  });

  it('reads loosely named columns and lets later sources win', () => {
    const row = metaFromRecord({ Headline: ' Border talks ', date: '2025-01-02', link: 'https://x.test/a', text: 'ignored' });
    expect(row).toEqual({ title: 'Border talks', published_at: '2025-01-02', url: 'https://x.test/a' });
    expect(mergeMeta(row, { title: 'From manifest', author: 'Ann' })).toEqual({ ...row, title: 'From manifest', author: 'Ann' });
  });

  it('takes the declared language, else detects it', () => {
    expect(languageOf('en-GB', 'whatever')).toBe('en');
    expect(languageOf(null, 'The government said on Monday that the talks with the neighbouring country would resume next week.')).toBe('en');
    expect(languageOf(null, 'Le gouvernement a déclaré lundi que les pourparlers avec le pays voisin reprendraient la semaine prochaine.')).toBe('fr');
  });
});

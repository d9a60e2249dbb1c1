import { describe, it, expect } from 'vitest';
import { extractTimes, mayHoldDate, type TimeExpression } from './time';

/** Extract and check the offset invariant on every result. */
function times(sentence: string, published: string | null = null): TimeExpression[] {
  const ts = extractTimes(sentence, published);
  for (const t of ts) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  return ts;
}

const brief = (ts: TimeExpression[]) => ts.map((t) => [t.text, t.timeStart, t.timeEnd]);

describe('real sentences', () => {
  const thisYear = 'This year alone, a series of counter‑terrorism operations has revealed the scale of the challenge: 1,873 militants, including 136 Afghans, were neutralized, reflecting the relentless determination of Pakistani forces.';

  it('"This year" resolves only with a publication date', () => {
    expect(brief(times(thisYear))).toEqual([['This year', null, null]]);
    expect(brief(times(thisYear, '2025-12-01'))).toEqual([['This year', '2025-01-01', '2025-12-31']]);
  });

  it('"first year" of a group is not a calendar date', () => {
    const s = 'In its first year, the IMP claimed over 150 violent incidents, demonstrating an unprecedented operational tempo.';
    expect(times(s, '2025-12-01').filter((t) => t.timeStart !== null)).toEqual([]);
  });

  it('month and year is the whole month', () => {
    const s = 'Since reclaiming power in August 2021, the Taliban have allowed Afghanistan to transform.';
    expect(brief(times(s))).toEqual([['August 2021', '2021-08-01', '2021-08-31']]);
    expect(brief(times(s, '2025-12-01'))).toEqual([['August 2021', '2021-08-01', '2021-08-31']]);
  });

  it('finds "20 November" after the "0n" typo, looking back from publication', () => {
    const s = 'In a recent meeting of the ISIL and Al Qaeda Sanctions Committee at the UN Security Council 0n 20 November, Denmark, as chair, warned';
    expect(brief(times(s))).toEqual([['20 November', null, null]]);
    expect(brief(times(s, '2025-12-01'))).toEqual([['20 November', '2025-11-20', '2025-11-20']]);
    expect(brief(times(s, '2025-11-10'))).toEqual([['20 November', '2024-11-20', '2024-11-20']]);
    expect(brief(times(s, '2025-11-20'))).toEqual([['20 November', '2025-11-20', '2025-11-20']]);
  });

  // The check reads the expression again on its own, against a second reference date.
  it('without a publication date, keeps only what does not depend on one, anywhere in a sentence', () => {
    expect(brief(times('Officials said on Tuesday that attacks rose sharply last week near the border.'))).toEqual([
      ['Tuesday', null, null],
      ['last week', null, null],
    ]);
    expect(brief(times('After the meeting on 3 March 2024 and the raid two days later, the group dispersed.'))).toEqual([
      ['3 March 2024', '2024-03-03', '2024-03-03'],
      ['two days later', null, null],
    ]);
  });

  it('finds nothing in a sentence without dates', () => {
    expect(times('From providing refuge to millions of Afghans during times of war', '2025-12-01')).toEqual([]);
  });
});

describe('absolute dates', () => {
  it.each([
    ['It happened in April 2025.', 'April 2025', '2025-04-01', '2025-04-30'],
    ['It ends in January 2026.', 'January 2026', '2026-01-01', '2026-01-31'],
    ['It was February 2024.', 'February 2024', '2024-02-01', '2024-02-29'],
    ['The council met on 20 November 2025.', '20 November 2025', '2025-11-20', '2025-11-20'],
    ['The council met on November 20, 2025.', 'November 20, 2025', '2025-11-20', '2025-11-20'],
    ['It happened in 2021.', '2021', '2021-01-01', '2021-12-31'],
    ['Since 2021, attacks have risen.', '2021', '2021-01-01', '2021-12-31'],
    ['The plan should be done by 2030.', '2030', '2030-01-01', '2030-12-31'],
    ['2021 was a difficult year.', '2021', '2021-01-01', '2021-12-31'],
    ['The 1990s were violent.', '1990s', '1990-01-01', '1999-12-31'],
    ['The talks ran in 2019-2021.', '2019-2021', '2019-01-01', '2021-12-31'],
    ['The 2020–21 season.', '2020–21', '2020-01-01', '2021-12-31'],
    ['Until mid-2021 nothing changed.', '2021', '2021-01-01', '2021-12-31'],
  ])('%s', (s, text, timeStart, timeEnd) => {
    // Absolute dates resolve identically with or without a publication date.
    expect(brief(times(s))).toEqual([[text, timeStart, timeEnd]]);
    expect(brief(times(s, '2025-12-01'))).toEqual([[text, timeStart, timeEnd]]);
  });

  it('two years joined by "and" are two expressions', () => {
    expect(brief(times('Between 2019 and 2021 attacks rose.'))).toEqual([
      ['2019', '2019-01-01', '2019-12-31'], ['2021', '2021-01-01', '2021-12-31'],
    ]);
  });

  it('day ranges', () => {
    expect(brief(times('The summit ran 20-21 November 2025.'))).toEqual([['20-21 November 2025', '2025-11-20', '2025-11-21']]);
    expect(brief(times('The summit ran 20-21 November.', '2025-11-10'))).toEqual([['20-21 November', '2024-11-20', '2024-11-21']]);
  });
});

describe('dates relative to publication', () => {
  // 2025-12-03 is a Wednesday.
  const pub = '2025-12-03';
  it.each([
    ['It happened last week.', 'last week', '2025-11-24', '2025-11-30'],
    ['It happened this week.', 'this week', '2025-12-01', '2025-12-07'],
    ['It happened last month.', 'last month', '2025-11-01', '2025-11-30'],
    ['It happened last year.', 'last year', '2024-01-01', '2024-12-31'],
    ['It happened yesterday.', 'yesterday', '2025-12-02', '2025-12-02'],
    ['It happened on Monday.', 'Monday', '2025-12-01', '2025-12-01'],
    ['It happened on Friday.', 'Friday', '2025-11-28', '2025-11-28'],
    ['It happened on Wednesday.', 'Wednesday', '2025-12-03', '2025-12-03'],
    ['It happened in May.', 'May', '2025-05-01', '2025-05-31'],
    ['It happened on 12 December.', '12 December', '2024-12-12', '2024-12-12'],
    ['It happened on Sept. 5.', 'Sept. 5', '2025-09-05', '2025-09-05'],
    // chrono reads a span ahead as its last day.
    ['Talks resume within 3 days.', 'within 3 days', '2025-12-06', '2025-12-06'],
  ])('%s', (s, text, timeStart, timeEnd) => {
    expect(brief(times(s, pub))).toEqual([[text, timeStart, timeEnd]]);
    // Same text, unresolved without a publication date.
    expect(brief(times(s))).toEqual([[text, null, null]]);
  });

  it('accepts a full timestamp as publication date', () => {
    expect(brief(times('It happened yesterday.', '2025-12-03T08:00:00Z'))).toEqual([['yesterday', '2025-12-02', '2025-12-02']]);
  });
});

describe('which sentences chrono reads', () => {
  it('words that only begin like a month or weekday are not read ("decided", "market")', () => {
    expect(mayHoldDate('The council decided that the market would separate the junior marines.')).toBe(false);
    for (const s of ['in Sept. 2024', 'on Dec 5', 'in March', 'two days on', 'last quarter', 'on 5/4/2024', 'at 5 pm']) expect(mayHoldDate(s), s).toBe(true);
  });

  it("uses the caller's quantities: a number they hold as an amount is no year", () => {
    const s = 'Police deployed 2000 officers.';
    expect(brief(extractTimes(s, null, []))).toEqual([['2000', '2000-01-01', '2000-12-31']]);
    expect(extractTimes(s, null, [{ start: 15, end: 28 }])).toEqual([]);
  });
});

describe('not dates', () => {
  it.each([
    'Talks may be held soon.',
    'It may not happen.',
    'May God help them.',
    'They will march on the capital.',
    'The IMP claimed over 150 violent incidents.',
    'This is Taliban 2.0 in action.',
    'Police deployed 2000 officers.',
    'Three to four people were hurt.',
    'The meeting began at 10:30.',
    'The bill cost $2021 in fees.',
    'COVID-19 spread quickly.',
    'UN Resolution 1267 applies.',
    '1,873 militants, including 136 Afghans, were neutralized.',
  ])('%s', (s) => {
    expect(times(s, '2025-12-03')).toEqual([]);
  });
});

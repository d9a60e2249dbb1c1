import { describe, it, expect } from 'vitest';
import { extractQuantities, type Quantity } from './quantities';

/** Extract and check the offset invariant on every result. */
function quantities(sentence: string): Quantity[] {
  const qs = extractQuantities(sentence);
  for (const q of qs) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  return qs;
}

/** The single quantity in `sentence`, compared field by field. */
function one(sentence: string): Quantity {
  const qs = quantities(sentence);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  return qs[0]!;
}

const pick = ({ text, value, unit, counted, qualifier, upper }: Quantity) => ({ text, value, unit, counted, qualifier, upper });

describe('real sentences', () => {
  it('counts militants and Afghans', () => {
    const s = 'This year alone, a series of counter‑terrorism operations has revealed the scale of the challenge: 1,873 militants, including 136 Afghans, were neutralized, reflecting the relentless determination of Pakistani forces.';
    expect(quantities(s).map(pick)).toEqual([
      { text: '1,873', value: 1873, unit: null, counted: 'militants', qualifier: null, upper: undefined },
      { text: '136', value: 136, unit: null, counted: 'Afghans', qualifier: null, upper: undefined },
    ]);
  });

  it('keeps the qualifier and a two-word counted phrase', () => {
    const s = 'In its first year, the IMP claimed over 150 violent incidents, demonstrating an unprecedented operational tempo.';
    expect(pick(one(s))).toMatchObject({ text: 'over 150', value: 150, qualifier: 'over', counted: 'violent incidents', unit: null });
  });

  it('finds nothing in a sentence with only a date', () => {
    expect(quantities('Since reclaiming power in August 2021, the Taliban have allowed Afghanistan to transform.')).toEqual([]);
  });

  it('ignores the "0n" typo and the day of month', () => {
    expect(quantities('In a recent meeting of the ISIL and Al Qaeda Sanctions Committee at the UN Security Council 0n 20 November, Denmark, as chair, warned')).toEqual([]);
  });

  it('reads vague plurals', () => {
    expect(pick(one('From providing refuge to millions of Afghans during times of war'))).toMatchObject({
      text: 'millions', value: 1_000_000, qualifier: 'millions', counted: 'Afghans',
    });
  });
});

describe('numbers', () => {
  it.each([
    ['23,000 people', 23000, 'people'],
    ['2.3 million voters', 2_300_000, 'voters'],
    ['3k followers', 3000, 'followers'],
    ['three soldiers', 3, 'soldiers'],
    ['twenty-five soldiers', 25, 'soldiers'],
    ['twenty‑five soldiers', 25, 'soldiers'],
    ['two hundred soldiers', 200, 'soldiers'],
    ['two hundred and fifty soldiers', 250, 'soldiers'],
    ['three thousand five hundred soldiers', 3500, 'soldiers'],
    ['a dozen soldiers', 12, 'soldiers'],
    ['two dozen soldiers', 24, 'soldiers'],
    ['a million refugees', 1_000_000, 'refugees'],
  ])('%s', (s, value, counted) => {
    const q = one(`They reported ${s} on the ground.`);
    expect(q.text).toBe(s.replace(/ \w+$/, ''));
    expect(q).toMatchObject({ value, counted, qualifier: null, unit: null });
  });

  it.each([
    ['three Chinese nationals', 'three', 'Chinese nationals'],
    ['one Chinese national', 'one', 'Chinese national'],
    ['300 armed men', '300', 'armed men'],
    ['150 counter‑terrorism operations', '150', 'counter‑terrorism operations'],
  ])('counted phrase in "%s"', (s, text, counted) => {
    expect(one(`Police said ${s} were involved.`)).toMatchObject({ text, counted });
  });

  it('stops the counted phrase at verbs and predicate adjectives', () => {
    expect(one('Officials said 1,873 militants killed civilians.').counted).toBe('militants');
    expect(one('Prices were 12 percent higher.').counted).toBeNull();
  });
});

describe('qualifiers', () => {
  it.each([
    ['over 300', 'over'], ['more than 300', 'more than'], ['at least 300', 'at least'], ['nearly 300', 'nearly'],
    ['almost 300', 'almost'], ['about 300', 'about'], ['around 300', 'around'], ['approximately 300', 'approximately'],
    ['up to 300', 'up to'], ['under 300', 'under'], ['less than 300', 'less than'], ['fewer than 300', 'fewer than'],
    ['some 300', 'some'], ['More than 300', 'more than'],
  ])('%s', (text, qualifier) => {
    expect(one(`Police said ${text} tribesmen fled.`)).toMatchObject({ text, qualifier, value: 300, counted: 'tribesmen' });
  });

  it.each([
    ['dozens of villages', 'dozens', 12, 'villages'],
    ['hundreds of families', 'hundreds', 100, 'families'],
    ['thousands of people', 'thousands', 1000, 'people'],
    ['hundreds of thousands of people', 'hundreds of thousands', 100_000, 'people'],
    ['tens of thousands of people', 'tens of thousands', 10_000, 'people'],
  ])('vague %s', (s, qualifier, value, counted) => {
    expect(one(`The floods displaced ${s} last year.`)).toMatchObject({ text: qualifier, qualifier, value, counted });
  });
});

describe('units', () => {
  it('hyphenated units with any dash', () => {
    expect(one('China shares a 1,229‑kilometre border.')).toMatchObject({ text: '1,229‑kilometre', value: 1229, unit: 'km', counted: 'border' });
    expect(one('China shares a 1,229‐kilometre border.')).toMatchObject({ text: '1,229‐kilometre', value: 1229, unit: 'km' });
    expect(one('China shares a 1,229-kilometer border.')).toMatchObject({ value: 1229, unit: 'km' });
    expect(one('They share a 1,600-mile border.')).toMatchObject({ text: '1,600-mile', value: 1600, unit: 'mile', counted: 'border' });
  });

  it('parenthesised conversions share the counted noun', () => {
    expect(quantities('Pakistan and Afghanistan share a 1,600-mile (2,574 km) border.').map(pick)).toEqual([
      { text: '1,600-mile', value: 1600, unit: 'mile', counted: 'border', qualifier: null, upper: undefined },
      { text: '2,574 km', value: 2574, unit: 'km', counted: 'border', qualifier: null, upper: undefined },
    ]);
  });

  it.each([
    ['12%', 12, 'percent'],
    ['12 percent', 12, 'percent'],
    ['12 per cent', 12, 'percent'],
    ['1.5 percentage points', 1.5, 'percentage point'],
    ['2,574 km', 2574, 'km'],
    ['300 square kilometres', 300, 'km2'],
    ['5 years', 5, 'year'],
    ['three months', 3, 'month'],
    ['ten days', 10, 'day'],
    ['48 hours', 48, 'hour'],
  ])('%s', (text, value, unit) => {
    expect(one(`It rose by ${text}.`)).toMatchObject({ text, value, unit });
  });

  it('ages keep the "-old" suffix', () => {
    expect(one('A 20-year-old man was arrested.')).toMatchObject({ text: '20-year-old', value: 20, unit: 'year', counted: 'man' });
  });
});

describe('currency', () => {
  it.each([
    ['$4.5 billion', 4_500_000_000, 'USD'],
    ['US$4.5 billion', 4_500_000_000, 'USD'],
    ['€2m', 2_000_000, 'EUR'],
    ['£300', 300, 'GBP'],
    ['Rs 10,000', 10_000, 'PKR'],
    ['Rs. 5 lakh', 500_000, 'PKR'],
    ['PKR 10,000', 10_000, 'PKR'],
    ['10,000 Pakistani rupees', 10_000, 'PKR'],
    ['10,000 rupees', 10_000, 'rupee'],
    ['2 million dollars', 2_000_000, 'USD'],
    ['500 euros', 500, 'EUR'],
  ])('%s', (text, value, unit) => {
    expect(one(`The programme cost ${text} in total.`)).toMatchObject({ text, value, unit });
  });

  it('scale abbreviations', () => {
    expect(one('The deal is worth 4.5bn in total.')).toMatchObject({ text: '4.5bn', value: 4_500_000_000 });
    // Without money, a glued "m" is metres.
    expect(one('The wall is 5m high.')).toMatchObject({ text: '5m', value: 5, unit: 'm' });
  });
});

describe('ranges', () => {
  it.each([
    ['between 100 and 150', 100, 150],
    ['Between 100 and 150', 100, 150],
    ['100-150', 100, 150],
    ['100–150', 100, 150],
    ['100 to 150', 100, 150],
  ])('%s', (text, value, upper) => {
    expect(one(`Police said ${text} fighters were killed.`)).toMatchObject({ text, value, upper, qualifier: 'range', counted: 'fighters' });
  });

  it('shares the scale and unit', () => {
    expect(one('It will cost 2-3 million dollars.')).toMatchObject({ text: '2-3 million dollars', value: 2_000_000, upper: 3_000_000, unit: 'USD', qualifier: 'range' });
    expect(one('A 100-150 km stretch.')).toMatchObject({ value: 100, upper: 150, unit: 'km' });
  });

  it('"from A to B" is a change, not a range', () => {
    expect(quantities('Attacks rose from 100 to 150.').map((q) => [q.value, q.qualifier])).toEqual([[100, null], [150, null]]);
  });
});

describe('not quantities', () => {
  it('does not read words that name JavaScript object properties as numbers', () => {
    expect(quantities('The constructor said the toString and valueOf claims of hasOwnProperty were false.')).toEqual([]);
    expect(one('A constructor built three bridges.').value).toBe(3);
  });

  it.each([
    'It happened in 2021.',
    'Since 2021, attacks have risen.',
    'The plan runs until 2030 at least.',
    'By 2030 the plan ends.',
    'In August 2021 the Taliban returned.',
    'On 20 November the council met.',
    'On November 20, 2025 the council met.',
    'The 1990s were violent.',
    'The talks were held in 2019-2021.',
    'Between 2019 and 2021 attacks rose.',
    '2021 was a difficult year.',
    'In 2021 militants attacked the post.',
    'It happened on the 20th.',
    'The meeting began at 10:30.',
    'The meeting began at 5 pm and at 6 p.m. it ended.',
    'The SCO-RATS body met.',
    'COVID-19 spread quickly.',
    'They bought F-16 jets and a G20 summit followed.',
    'Under UN Resolution 1267, sanctions apply.',
    'This is Taliban 2.0 in action.',
    'One of the groups claimed it.',
    'He is the one who did it.',
    'No one was hurt.',
    'They met 0n Monday.',
    'Only one-third of voters turned out.',
  ])('%s', (s) => {
    expect(quantities(s)).toEqual([]);
  });

  it('a 4-digit number with a counted noun and no year cue is an amount', () => {
    expect(one('Police deployed 2000 officers.')).toMatchObject({ value: 2000, counted: 'officers' });
  });
});

import { describe, expect, it } from 'vitest';
import { bestLongForm, findAcronymDefinitions } from './acronyms';

describe('acronym definitions (Schwartz & Hearst)', () => {
  it('finds "Long Form (SF)" with exact offsets', () => {
    const s = 'Groups such as Tehrik-e Taliban Pakistan (TTP), ISIL-K and the Ittihad-ul-Mujahideen Pakistan (IMP) operate.';
    const defs = findAcronymDefinitions(s);
    expect(defs.map((d) => [d.short, d.long])).toEqual([
      ['TTP', 'Tehrik-e Taliban Pakistan'],
      ['IMP', 'Ittihad-ul-Mujahideen Pakistan'],
    ]);
    for (const d of defs) expect(s.slice(d.longStart, d.longEnd)).toBe(d.long);
  });

  it('finds "SF (Long Form)"', () => {
    const s = 'Officials blamed the NWA (National Water Authority) for the shortage.';
    const [d] = findAcronymDefinitions(s);
    expect(d).toMatchObject({ short: 'NWA', long: 'National Water Authority' });
    expect(s.slice(d!.longStart, d!.longEnd)).toBe('National Water Authority');
  });

  it('takes the shortest long form and rejects non-definitions', () => {
    expect(bestLongForm('HMM', 'we use a hidden Markov model')).toBe('hidden Markov model');
    expect(findAcronymDefinitions('The attack (in 2021) killed many.')).toEqual([]);
    expect(findAcronymDefinitions('The group (TTP) attacked.')).toEqual([]);
  });
});

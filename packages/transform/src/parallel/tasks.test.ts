import { describe, expect, it } from 'vitest';
import { compactFindings, type Findings } from './tasks';

const candidate = (text: string) => ({ start: 0, end: text.length, text, key: text.toLowerCase(), type: null, gazetteer: null, titled: false, initial: false, pos: 'PROPN' });

describe('compactFindings', () => {
  it('keeps every finding as it was, with sentences where nothing was found sharing one empty finding', () => {
    const batch: Findings = {
      findings: [
        { candidates: [], acronyms: [] },
        { candidates: [candidate('Kabul')], acronyms: [['TTP', 'tehrik taliban pakistan']] },
        { candidates: [], acronyms: [] },
        { candidates: [candidate('Kabul'), candidate('Islamabad')], acronyms: [] },
      ],
      gazetteerRefs: Int32Array.from([-1, -1, -1]),
      copyKeys: new Float64Array(4).fill(Number.NaN),
    };
    const before = structuredClone(batch);
    const after = compactFindings(batch, new Map());
    expect(after).toEqual(before);
    expect(after.findings[0]).toBe(after.findings[2]);
    expect(after.findings[1]!.candidates[0]).not.toBe(after.findings[3]!.candidates[0]);
  });
});

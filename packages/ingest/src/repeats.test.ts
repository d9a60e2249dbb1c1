import { describe, expect, it } from 'vitest';
import { findRepeats } from './repeats';

const u = (paragraph: number, text: string) => ({ paragraph, text });

describe('findRepeats', () => {
  it('maps a repeated paragraph sentence by sentence onto its first copy, headings included', () => {
    const units = [u(0, 'Intro'), u(1, 'One two three four five.'), u(1, 'Short.'), u(2, 'Other text entirely here now.'), u(3, 'Intro'), u(4, 'One two three four five.'), u(4, 'Short.')];
    expect(findRepeats(units)).toEqual([null, null, null, null, 0, 1, 2]);
  });

  it('ignores case, punctuation and dash differences', () => {
    const units = [u(0, 'The Taliban’s return to power, in 2021.'), u(1, 'the taliban’s return to power in 2021')];
    expect(findRepeats(units)).toEqual([null, 0]);
  });

  it('marks a long repeated sentence outside a repeated paragraph, not a short one', () => {
    const units = [u(0, 'Why?'), u(0, 'The border was closed for three months.'), u(1, 'Why?'), u(1, 'Something new. '), u(1, 'The border was closed for three months.')];
    expect(findRepeats(units)).toEqual([null, null, null, null, 1]);
  });
});

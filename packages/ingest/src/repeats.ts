import { fingerprint } from './fingerprint';

export interface Unit {
  paragraph: number;
  text: string;
}

// A repeated sentence shorter than this is left alone: "Why?" twice is style, not a paste.
const MIN_REPEATED_WORDS = 5;

/**
 * For each unit (sentence or heading), the index of the earlier unit it repeats, or null.
 * A whole paragraph seen before maps sentence by sentence onto its first occurrence (a
 * pasted-twice article, a repeated paragraph, its headings included); outside such
 * paragraphs, a long sentence seen before points at its first occurrence.
 */
export function findRepeats(units: readonly Unit[]): (number | null)[] {
  const result: (number | null)[] = units.map(() => null);
  const byParagraph = new Map<number, number[]>();
  units.forEach((u, i) => {
    const list = byParagraph.get(u.paragraph);
    if (list) list.push(i);
    else byParagraph.set(u.paragraph, [i]);
  });

  const firstParagraph = new Map<string, number[]>();
  for (const indices of byParagraph.values()) {
    const key = indices.map((i) => fingerprint(units[i]!.text)).join('\n');
    if (!key.trim()) continue;
    const first = firstParagraph.get(key);
    if (!first) firstParagraph.set(key, indices);
    else indices.forEach((i, k) => (result[i] = first[k]!));
  }

  const firstSentence = new Map<string, number>();
  units.forEach((u, i) => {
    const key = fingerprint(u.text);
    if (key.split(' ').length < MIN_REPEATED_WORDS) return;
    const first = firstSentence.get(key);
    if (first === undefined) firstSentence.set(key, i);
    else if (result[i] === null) result[i] = first;
  });
  // Point every repeat at the very first occurrence, never at another repeat.
  return result.map((r) => {
    while (r !== null && result[r] !== null) r = result[r]!;
    return r;
  });
}

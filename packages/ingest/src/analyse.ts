import type { SentenceKind } from '@corroborate/tables';
import { isBoilerplateLine } from './boilerplate';
import { countWords } from './normalise';
import { findRepeats } from './repeats';
import { segment } from './segment';

export interface AnalysedSentence {
  paragraph: number;
  position: number;
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
  /** position of the earlier sentence this one repeats */
  repeats: number | null;
}

export interface AnalysedDocument {
  sentences: AnalysedSentence[];
  wordCount: number;
}

/** Sentences of one normalised document, with their kind and in-document repeats. */
export function analyseDocument(text: string): AnalysedDocument {
  const segments = segment(text).map((s, position) => ({ ...s, position, text: text.slice(s.start, s.end) }));
  const repeats = findRepeats(segments);
  const sentences = segments.map(
    (s, i): AnalysedSentence => ({
      paragraph: s.paragraph,
      position: s.position,
      start: s.start,
      end: s.end,
      text: s.text,
      kind: isBoilerplateLine(s.text) && isWholeParagraph(segments, i) ? 'boilerplate' : s.heading ? 'heading' : 'body',
      repeats: repeats[i]!,
    }),
  );
  return { sentences, wordCount: countWords(text) };
}

function isWholeParagraph(segments: { paragraph: number }[], i: number): boolean {
  const p = segments[i]!.paragraph;
  return segments[i - 1]?.paragraph !== p && segments[i + 1]?.paragraph !== p;
}

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { PARAGRAPH_SEPARATOR } from './normalise';

// Sentence boundaries come from wink-nlp with only its sentence detector enabled. It is
// fed one paragraph at a time, so a heading line is never glued to the sentence after it.
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  paragraph: number;
  heading: boolean;
}

/** Paragraphs of a normalised text with their offsets. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const next = text.indexOf(PARAGRAPH_SEPARATOR, start);
    const end = next === -1 ? text.length : next;
    if (end > start) spans.push({ start, end });
    start = end + PARAGRAPH_SEPARATOR.length;
  }
  return spans;
}

/** Sentence spans of a normalised text, in order; a heading paragraph is one segment. */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  paragraphs(text).forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    if (isHeading(body)) {
      out.push({ start: p.start, end: p.end, paragraph, heading: true });
      return;
    }
    for (const s of sentenceSpans(body)) {
      out.push({ start: p.start + s.start, end: p.start + s.end, paragraph, heading: false });
    }
  });
  return out;
}

function sentenceSpans(text: string): Span[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // Token offsets: wink reproduces the input exactly as preceding spaces + token values.
  const starts = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    starts[i] = pos;
    pos += values[i]!.length;
  }
  if (pos !== text.length) throw new Error(`wink-nlp did not reproduce the paragraph (${pos} ≠ ${text.length})`);
  const spans: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    spans.push({ start: starts[first]!, end: starts[last]! + values[last]!.length });
  }
  return spans;
}

// A question mark may end a heading ("Looking Ahead: A Shared Future or a Shattered One?").
const FINAL_PUNCTUATION = /[.!…;,]["'”’»)\]]*$/u;
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into is nor of on or per the to under upon via vs with without over after before between against about amid among'.split(' '),
);
const MAX_HEADING_WORDS = 20;

/**
 * A heading is a short line without final punctuation (a question mark aside) whose words
 * are mostly capitalised (small words such as "of" and "under" aside): "A Repeating
 * Pattern of Betrayal".
 */
export function isHeading(line: string): boolean {
  if (FINAL_PUNCTUATION.test(line) || !/\p{L}/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return false;
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}

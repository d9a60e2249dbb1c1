import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Tokens and part-of-speech tags come from wink-nlp (its lite English model); sentence
// boundaries are already known, so only the tagger runs.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

export interface Token {
  text: string;
  /** Offsets within the tokenised text. */
  start: number;
  end: number;
  /** Universal Dependencies tag: PROPN, NOUN, VERB, ADJ, PUNCT, … */
  pos: string;
  /** Whitespace before the token (empty when it is glued to the previous one, as in "Tehrik-e"). */
  spaceBefore: boolean;
  /** Dictionary form, lower case: "warned" → "warn". */
  lemma: string;
  /** A function word ("the", "of", "have") in wink's English stop-word list. */
  stop: boolean;
}

export function tokenize(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    const value = values[i]!;
    splitHyphens(value, pos, tags[i]!, lemmas[i]!.toLowerCase(), stops[i]!, spaces[i]!.length > 0 || i === 0, tokens);
    pos += value.length;
  }
  return tokens;
}

const INNER_HYPHEN = /(?<=[\p{L}\p{N}])[\u002D\u2010-\u2015](?=[\p{L}\p{N}])/u;

// wink keeps some hyphenated words whole ("anti-Pakistan", "post-Soviet"); names inside
// them must be reachable, so every inner hyphen becomes a token of its own.
function splitHyphens(value: string, start: number, pos: string, lemma: string, stop: boolean, spaceBefore: boolean, out: Token[]): void {
  if (!INNER_HYPHEN.test(value)) {
    out.push({ text: value, start, end: start + value.length, pos, spaceBefore, lemma, stop });
    return;
  }
  let offset = 0;
  for (const part of value.split(/([\u002D\u2010-\u2015])/u)) {
    const hyphen = /^[\u002D\u2010-\u2015]$/u.test(part);
    if (part) out.push({ text: part, start: start + offset, end: start + offset + part.length, pos: hyphen ? 'PUNCT' : pos, spaceBefore: offset === 0 && spaceBefore, lemma: part.toLowerCase(), stop: false });
    offset += part.length;
  }
}

import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The tokens of many sentences in a few flat arrays: what the entity pass tagged travels back
 * to the claims pass (another thread, later) without tagging the sentences again, at about
 * ten bytes a token instead of a few hundred for token objects.
 */
export interface PackedTokens {
  /** How many tokens each sentence has. */
  counts: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Index into `tags`, plus 64 for a stop word and 128 for a token with space before it. */
  flags: Uint8Array;
  tags: string[];
  /** Tokens whose lemma is not their lower-cased text, and those lemmas. */
  lemmaAt: Uint32Array;
  lemmas: string[];
}

const STOP = 64;
const SPACE = 128;

export function packTokens(sentences: Token[][]): PackedTokens {
  const total = sentences.reduce((n, s) => n + s.length, 0);
  const packed: PackedTokens = { counts: new Uint32Array(sentences.length), starts: new Uint32Array(total), ends: new Uint32Array(total), flags: new Uint8Array(total), tags: [], lemmaAt: new Uint32Array(0), lemmas: [] };
  const tagIndex = new Map<string, number>();
  const lemmaAt: number[] = [];
  let k = 0;
  sentences.forEach((tokens, i) => {
    packed.counts[i] = tokens.length;
    for (const t of tokens) {
      let tag = tagIndex.get(t.pos);
      if (tag === undefined) tagIndex.set(t.pos, (tag = packed.tags.push(t.pos) - 1));
      if (tag >= STOP) throw new Error(`packTokens: more than ${STOP} part-of-speech tags`);
      packed.starts[k] = t.start;
      packed.ends[k] = t.end;
      packed.flags[k] = tag | (t.stop ? STOP : 0) | (t.spaceBefore ? SPACE : 0);
      if (t.lemma !== t.text.toLowerCase()) {
        lemmaAt.push(k);
        packed.lemmas.push(t.lemma);
      }
      k++;
    }
  });
  packed.lemmaAt = Uint32Array.from(lemmaAt);
  return packed;
}

/** The tokens of each sentence back from packTokens(); `texts` are the sentences' texts, in order. */
export function unpackTokens(packed: PackedTokens, texts: string[]): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  let nextLemma = 0;
  texts.forEach((text, i) => {
    const tokens: Token[] = [];
    for (let n = 0; n < packed.counts[i]!; n++, k++) {
      const start = packed.starts[k]!;
      const end = packed.ends[k]!;
      const flags = packed.flags[k]!;
      const word = text.slice(start, end);
      let lemma = word.toLowerCase();
      if (packed.lemmaAt[nextLemma] === k) lemma = packed.lemmas[nextLemma++]!;
      tokens.push({ text: word, start, end, pos: packed.tags[flags & (STOP - 1)]!, spaceBefore: (flags & SPACE) !== 0, lemma, stop: (flags & STOP) !== 0 });
    }
    out.push(tokens);
  });
  return out;
}

/**
 * Packed tokens to a file and back: between the entity pass and the claims pass each batch's
 * tokens wait on disk, so the whole corpus's token streams are never in memory at once.
 * Layout: header length (4 bytes), a JSON header (sizes, tags, lemmas), then the arrays.
 */
export function writePackedTokens(file: string, packed: PackedTokens): void {
  const header = Buffer.from(JSON.stringify({ sentences: packed.counts.length, tokens: packed.starts.length, lemmas: packed.lemmas, tags: packed.tags }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const pad = Buffer.alloc(arraysStart(header.length) - 4 - header.length);
  const bytes = (a: Uint32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(file, Buffer.concat([length, header, pad, bytes(packed.counts), bytes(packed.starts), bytes(packed.ends), bytes(packed.lemmaAt), bytes(packed.flags)]));
}

/** Where the arrays begin: after the length and the header, padded so the 32-bit arrays can be read in place. */
function arraysStart(headerLength: number): number {
  return Math.ceil((4 + headerLength) / 4) * 4;
}

export function readPackedTokens(file: string): PackedTokens {
  const read = readFileSync(file);
  // Typed arrays over the buffer need its start aligned to 4 bytes.
  const buffer = read.byteOffset % 4 === 0 ? read : Buffer.from(read.buffer.slice(read.byteOffset, read.byteOffset + read.length));
  const headerLength = buffer.readUInt32LE(0);
  const header = JSON.parse(buffer.toString('utf8', 4, 4 + headerLength)) as { sentences: number; tokens: number; lemmas: string[]; tags: string[] };
  let offset = arraysStart(headerLength);
  if (offset + 4 * (header.sentences + 2 * header.tokens + header.lemmas.length) + header.tokens !== buffer.length) throw new Error(`readPackedTokens: ${file} is truncated or not a token file`);
  const words = (n: number) => {
    const a = new Uint32Array(buffer.buffer, buffer.byteOffset + offset, n);
    offset += 4 * n;
    return a;
  };
  const counts = words(header.sentences);
  const starts = words(header.tokens);
  const ends = words(header.tokens);
  const lemmaAt = words(header.lemmas.length);
  const flags = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, header.tokens);
  return { counts, starts, ends, flags, tags: header.tags, lemmaAt, lemmas: header.lemmas };
}

import type { Token } from '../tokens';

/** A token range [from, to) of one sentence. */
export interface Range {
  from: number;
  to: number;
}

const VERBAL = new Set(['VERB', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const JOINERS = new Set(['and', 'but', 'yet', 'so', 'while', 'whereas', 'whilst']);

/** Has a subject-like word followed by a verb: enough to stand as an assertion of its own. */
export function isClause(tokens: Token[], { from, to }: Range): boolean {
  let nominal = false;
  for (let i = from; i < to; i++) {
    const pos = tokens[i]!.pos;
    if (NOMINAL.has(pos)) nominal = true;
    else if (nominal && VERBAL.has(pos)) return true;
  }
  return false;
}

function hasVerb(tokens: Token[], { from, to }: Range): boolean {
  for (let i = from; i < to; i++) if (VERBAL.has(tokens[i]!.pos)) return true;
  return false;
}

/**
 * Splits a sentence where it joins independent assertions: at ";" and at ", and / , but /
 * , while …" when both sides have a verb and the right side has a subject of its own.
 * "Russia, China, and Iran" has no verb after the comma and stays whole.
 */
export function splitClauses(tokens: Token[]): Range[] {
  const clauses: Range[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A quotation is one statement: never cut inside it.
    if (t.text === '“') quoted = true;
    else if (t.text === '”') quoted = false;
    else if (t.text === '"') quoted = !quoted;
    if (quoted) continue;
    let cut: { end: number; next: number } | null = null;
    if (t.text === ';') cut = { end: i, next: i + 1 };
    else if (t.text === ',' && JOINERS.has(tokens[i + 1]?.text.toLowerCase() ?? '') && !endsList(tokens, start, i)) cut = { end: i, next: i + 2 };
    if (!cut) continue;
    const left = { from: start, to: cut.end };
    const right = { from: cut.next, to: nextCut(tokens, cut.next) };
    if (hasVerb(tokens, left) && isClause(tokens, right)) {
      clauses.push(left);
      start = cut.next;
      i = cut.next - 1;
    }
  }
  clauses.push({ from: start, to: tokens.length });
  return clauses.map((c) => trim(tokens, c)).filter((c) => c.to > c.from);
}

/**
 * Does the ", and" at `comma` close a list ("groups such as al-Qaida, Islamic State, and
 * affiliates of the TTP can operate")? It does when the item before it is a bare noun phrase
 * (no verb since the previous comma) that follows a name or noun.
 */
function endsList(tokens: Token[], from: number, comma: number): boolean {
  let previous = comma - 1;
  while (previous >= from && tokens[previous]!.text !== ',') previous--;
  if (previous <= from) return false;
  return !hasVerb(tokens, { from: previous + 1, to: comma }) && NOMINAL.has(tokens[previous - 1]!.pos);
}

function nextCut(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i]!.text === ';' || (tokens[i]!.text === ',' && JOINERS.has(tokens[i + 1]?.text.toLowerCase() ?? ''))) return i;
  }
  return tokens.length;
}

/** Drops punctuation at the edges of a clause, but keeps closing quotes and brackets that belong to it. */
function trim(tokens: Token[], { from, to }: Range): Range {
  while (from < to && tokens[from]!.pos === 'PUNCT' && !/^[“"‘(]$/.test(tokens[from]!.text)) from++;
  while (to > from && /^[,;:]$/.test(tokens[to - 1]!.text)) to--;
  return { from, to };
}

const LEADING_SUBORDINATORS = new Set(['since', 'after', 'before', 'while', 'when', 'upon', 'having', 'following']);

/**
 * Propositions embedded in a clause that can be true or false on their own: a fronted
 * participle phrase ("Since reclaiming power in August 2021, …") and a non-restrictive
 * relative clause ("The Taliban regime, which seized power in Kabul in 2021, has …").
 */
export function embeddedPropositions(tokens: Token[], { from, to }: Range): Range[] {
  const found: Range[] = [];
  const first = tokens[from];
  if (first && LEADING_SUBORDINATORS.has(first.text.toLowerCase()) && tokens[from + 1]?.pos === 'VERB' && /ing$/.test(tokens[from + 1]!.text)) {
    const comma = findToken(tokens, ',', from + 2, to);
    if (comma > 0) found.push({ from, to: comma });
  }
  for (let i = from + 1; i < to - 2; i++) {
    if (tokens[i]!.text !== ',' || !/^(which|who|where)$/i.test(tokens[i + 1]!.text)) continue;
    // "which"/"who" are the clause's subject; after "where" it needs a subject of its own. The
    // clause ends at the first comma after its verb ("…, which seized power in 2021, has …")
    // or with the sentence ("…, where groups such as A, B, and C operate freely.").
    const complete = /^where$/i.test(tokens[i + 1]!.text) ? isClause : hasVerb;
    let close = findToken(tokens, ',', i + 2, to);
    while (close > 0 && !complete(tokens, { from: i + 2, to: close })) close = findToken(tokens, ',', close + 1, to);
    if (close < 0) close = to;
    if (complete(tokens, { from: i + 2, to: close })) found.push({ from: i + 1, to: close });
  }
  return found;
}

function findToken(tokens: Token[], text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.text === text) return i;
  return -1;
}

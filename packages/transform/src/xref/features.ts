import type { Claim, ClaimEntity, QuantityRow } from '@corroborate/tables';
import { tokenize, type Token } from '../tokens';
import { WordNet, wordClass, type WordClass } from './lexicon';

/** A content word of a claim, with what it can mean. */
export interface Term {
  /** A small number standing for the lemma, so pairs of words can be cached cheaply. */
  id: number;
  lemma: string;
  cls: WordClass;
  synsets: string[];
  hypernyms: string[];
}

export interface Figure {
  value: number;
  unit: string | null;
  counted: string | null;
  qualifier: string | null;
  text: string;
}

/** What cross-referencing compares about one claim. */
export interface ClaimFeatures {
  claim: Claim;
  terms: Term[];
  /** Each part of the claim split at commas and relative words ("…, which seized power in 2021,"), as indices into terms. */
  segments: number[][];
  /** Rarity weight of each term, filled when first compared. */
  weights?: Float64Array;
  /** Entities the claim is about (its speaker aside). */
  entities: Set<string>;
  locations: Set<string>;
  verbs: Term[];
  figures: Figure[];
  time: { start: string; end: string } | null;
  negated: boolean;
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);
// Verbs that carry no proposition of their own.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'go', 'become', 'remain', 'seem', 'continue', 'warn', 'note', 'add', 'tell', 'state', 'claim', 'argue', 'believe', 'maintain', 'stress', 'emphasize', 'highlight']);
// Words that open a part of a claim carrying a proposition of its own ("…, which seized
// power in 2021", "allowed Afghanistan to transform into a safe haven …").
const SEGMENT_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'since', 'after', 'before', 'while', 'when', 'where', 'including', 'as', 'into', 'to', 'because', 'although', 'despite']);

/**
 * Features of a claim. `embedded` are the spans of propositions nested in it (their own
 * claims): their words are left out so the outer claim is compared on what it adds.
 */
export function claimFeatures(claim: Claim, roles: ClaimEntity[], figures: QuantityRow[], wordnet: WordNet, embedded: { start: number; end: number }[] = []): ClaimFeatures {
  let text = claim.text;
  for (const e of embedded) text = text.slice(0, e.start - claim.start) + ' '.repeat(e.end - e.start) + text.slice(e.end - claim.start);
  const tokens = tokenize(text);
  const terms: Term[] = [];
  const segments: number[][] = [[]];
  const verbs: Term[] = [];
  tokens.forEach((t, i) => {
    if (isBoundary(tokens, i) && segments[segments.length - 1]!.length > 0) segments.push([]);
    const term = toTerm(t, wordnet);
    if (!term) return;
    segments[segments.length - 1]!.push(terms.length);
    terms.push(term);
    if (term.cls === 'v' && !LIGHT_VERBS.has(term.lemma)) verbs.push(term);
  });
  return {
    claim,
    terms,
    segments: segments.filter((s) => s.length >= 2),
    entities: new Set(roles.filter((r) => r.role !== 'speaker').map((r) => r.entity_id)),
    locations: new Set(roles.filter((r) => r.role === 'location').map((r) => r.entity_id)),
    verbs,
    figures: figures.map((q) => ({ value: q.value, unit: q.unit, counted: q.counted?.toLowerCase() ?? null, qualifier: q.qualifier, text: q.text })),
    time: claim.time_start && claim.time_end ? { start: claim.time_start, end: claim.time_end } : null,
    negated: claim.polarity === 'negated',
  };
}

function isBoundary(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return /^[,;:—–()]$/.test(t.text) || SEGMENT_OPENERS.has(t.text.toLowerCase());
}

function toTerm(t: Token, wordnet: WordNet): Term | null {
  if (t.stop || !CONTENT.has(t.pos) || !/\p{L}{2}/u.test(t.text)) return null;
  const cls = wordClass(t.pos)!;
  const lemma = t.lemma.toLowerCase();
  if (cls === 'v' && lemma === 'be') return null;
  const { synsets, hypernyms } = wordnet.concepts(lemma, cls);
  if (cls === 'v') return { id: termId(lemma, cls), lemma, cls, synsets, hypernyms };
  // The tagger often calls a noun used as a modifier an adjective ("terrorist organizations"):
  // nouns and adjectives are looked up as both.
  const other = wordnet.concepts(lemma, cls === 'n' ? 'a' : 'n');
  return { id: termId(lemma, 'n'), lemma, cls: 'n', synsets: [...synsets, ...other.synsets], hypernyms: [...hypernyms, ...other.hypernyms] };
}

const termIds = new Map<string, number>();

function termId(lemma: string, cls: WordClass): number {
  const key = `${cls}:${lemma}`;
  let id = termIds.get(key);
  if (id === undefined) termIds.set(key, (id = termIds.size));
  return id;
}

/** Keys a claim is found by when looking for claims that may say the same. */
export function blockingKeys(f: ClaimFeatures): string[] {
  const keys = new Set<string>();
  for (const t of f.terms) {
    keys.add(`w:${t.lemma}`);
    for (const s of t.synsets.slice(0, 1)) keys.add(`s:${s}`);
    for (const h of t.hypernyms) keys.add(`h:${h}`);
  }
  for (const e of f.entities) keys.add(`e:${e}`);
  for (const n of f.figures) keys.add(`n:${n.value}`);
  return [...keys];
}

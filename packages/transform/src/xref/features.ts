import type { Claim, ClaimEntity, QuantityRow } from '@corroborate/tables';
import { groupBy } from '../group-by';
import type { Token } from '../tokens';
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

/**
 * What cross-referencing needs of a claim's row: the rows themselves (with their text) are
 * written to the warehouse as they are made, and never all held at once.
 */
export type ClaimRef = Pick<Claim, 'claim_id' | 'source_id' | 'start' | 'checkworthiness' | 'claim_type' | 'modality' | 'attributed_to'>;

/** What cross-referencing compares about one claim. */
export interface ClaimFeatures {
  claim: ClaimRef;
  terms: Term[];
  /** Each part of the claim split at commas and relative words ("…, which seized power in 2021,"), as indices into terms (shared spans: read only). */
  segments: readonly (readonly number[])[];
  /** Entities the claim is about (its speaker aside), each once, in order of appearance. */
  entities: readonly string[];
  locations: readonly string[];
  verbs: readonly Term[];
  figures: readonly Figure[];
  time: { start: string; end: string } | null;
  negated: boolean;
}

// Verbs that carry no proposition of their own.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'go', 'become', 'remain', 'seem', 'continue', 'warn', 'note', 'add', 'tell', 'state', 'claim', 'argue', 'believe', 'maintain', 'stress', 'emphasize', 'highlight']);
// Words that open a part of a claim carrying a proposition of its own ("…, which seized
// power in 2021", "allowed Afghanistan to transform into a safe haven …").
const SEGMENT_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'since', 'after', 'before', 'while', 'when', 'where', 'including', 'as', 'into', 'to', 'because', 'although', 'despite']);

/**
 * A claim's words as cross-referencing reads them, written while the claim is extracted so
 * that its sentence is tagged once: content words as "class:lemma" ("n:haven", "v:seize"),
 * "|" where a part of the claim begins, separated by spaces. Tokens inside `skip` (the spans
 * of propositions nested in the claim, which are claims of their own) are left out, so the
 * outer claim is compared on what it adds.
 */
export function claimWords(tokens: Token[], from: number, to: number, skip: { from: number; to: number }[] = []): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (skip.some((r) => i >= r.from && i < r.to)) continue;
    const t = tokens[i]!;
    if (isBoundary(t) && out.length && out[out.length - 1] !== '|') out.push('|');
    const cls = wordClass(t.pos);
    if (t.stop || !cls || !/\p{L}{2}/u.test(t.text) || /\s/.test(t.lemma)) continue;
    if (cls === 'v' && t.lemma === 'be') continue;
    out.push(`${cls}:${t.lemma}`);
  }
  return out.join(' ');
}

/** Features of every claim; `words` are their claimWords(), in the order of `claims`. */
export function claimFeaturesOf(claims: Claim[], words: string[], claimEntities: ClaimEntity[], quantities: QuantityRow[]): ClaimFeatures[] {
  const wordnet = WordNet.get();
  const rolesOf = groupBy(claimEntities, (r) => r.claim_id);
  const figuresOf = groupBy(quantities, (q) => q.claim_id);
  return claims.map((c, i) => claimFeatures(c, words[i]!, rolesOf.get(c.claim_id) ?? [], figuresOf.get(c.claim_id) ?? [], wordnet));
}

/** Features of a claim from its words (claimWords) and its rows in the claim tables. */
export function claimFeatures(claim: Claim, words: string, roles: ClaimEntity[], figures: QuantityRow[], wordnet: WordNet): ClaimFeatures {
  const terms: Term[] = [];
  // Where each part of the claim begins, as an index into terms.
  const starts = [0];
  const verbs: Term[] = [];
  for (const word of words ? words.split(' ') : []) {
    if (word === '|') {
      if (terms.length > starts[starts.length - 1]!) starts.push(terms.length);
      continue;
    }
    const term = toTerm(word.slice(2), word[0] as WordClass, wordnet);
    terms.push(term);
    if (term.cls === 'v' && !LIGHT_VERBS.has(term.lemma)) verbs.push(term);
  }
  starts.push(terms.length);
  const segments: (readonly number[])[] = [];
  for (let k = 1; k < starts.length; k++) if (starts[k]! - starts[k - 1]! >= 2) segments.push(span(starts[k - 1]!, starts[k]!));
  const { claim_id, start, checkworthiness } = claim;
  return {
    claim: { claim_id, source_id: intern(claim.source_id), start, checkworthiness, claim_type: intern(claim.claim_type), modality: intern(claim.modality), attributed_to: claim.attributed_to && intern(claim.attributed_to) },
    // Copies of exactly their length: an array grown by push keeps room for more, and these
    // are kept for every claim of the corpus.
    terms: terms.slice(),
    segments: segments.length === 1 && segments[0]!.length === terms.length ? whole(terms.length) : segments.slice(),
    entities: distinct(roles.filter((r) => r.role !== 'speaker').map((r) => intern(r.entity_id))),
    locations: distinct(roles.filter((r) => r.role === 'location').map((r) => intern(r.entity_id))),
    verbs: verbs.length ? verbs.slice() : NONE,
    figures: figures.length ? figures.map((q) => ({ value: q.value, unit: q.unit && intern(q.unit), counted: q.counted ? intern(q.counted.toLowerCase()) : null, qualifier: q.qualifier && intern(q.qualifier), text: q.text })) : NONE,
    time: claim.time_start && claim.time_end ? { start: intern(claim.time_start), end: intern(claim.time_end) } : null,
    negated: claim.polarity === 'negated',
  };
}

// Rows arrive from worker threads with a copy of every string: the ids, types and units that
// recur across claims are kept once each.
const interned = new Map<string, string>();

function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
}

// The indices [a, a + 1, …, b − 1], made once and shared: the parts of claims are spans of
// their terms, and the same few spans recur across the corpus.
const spans: number[][][] = [];

export function span(a: number, b: number): readonly number[] {
  const row = (spans[a] ??= []);
  return (row[b] ??= Array.from({ length: b - a }, (_, i) => a + i));
}

// The parts of a claim of n terms that is all one part, shared likewise.
const wholes: (readonly number[])[][] = [];

function whole(n: number): readonly (readonly number[])[] {
  return (wholes[n] ??= [span(0, n)]);
}

// Features are kept for every claim of the corpus at once: most claims have no figures, few
// verbs or entities, so empty lists are one shared array and short ones plain arrays (a Set
// costs several times more).
const NONE: readonly never[] = Object.freeze([]);

function distinct(xs: string[]): readonly string[] {
  return xs.length === 0 ? NONE : xs.length === 1 ? xs : [...new Set(xs)];
}

function isBoundary(t: Token): boolean {
  return /^[,;:—–()]$/.test(t.text) || SEGMENT_OPENERS.has(t.text.toLowerCase());
}

// Terms are read-only and shared by every claim that uses the word.
const termCache = new Map<string, Term>();

function toTerm(lemma: string, cls: WordClass, wordnet: WordNet): Term {
  const key = `${cls}:${lemma}`;
  let term = termCache.get(key);
  if (!term) termCache.set(key, (term = newTerm(lemma, cls, wordnet)));
  return term;
}

function newTerm(lemma: string, cls: WordClass, wordnet: WordNet): Term {
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
  for (const t of f.terms) for (const k of termKeys(t)) keys.add(k);
  for (const e of f.entities) keys.add(`e:${e}`);
  for (const n of f.figures) keys.add(`n:${n.value}`);
  return [...keys];
}

// A term's keys, made once per word (terms are shared by every claim that uses them).
const keysOfTerm = new WeakMap<Term, string[]>();

function termKeys(t: Term): string[] {
  let keys = keysOfTerm.get(t);
  if (!keys) keysOfTerm.set(t, (keys = [`w:${t.lemma}`, ...t.synsets.slice(0, 1).map((s) => `s:${s}`), ...t.hypernyms.map((h) => `h:${h}`)]));
  return keys;
}

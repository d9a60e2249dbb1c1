import { Embeddings } from './embeddings';
import { conceptCount, isCommon, termAt, type ClaimFeatureStore, type Figure, type Term } from './features';

/** Rarity weights: a word or entity found in many claims says little ("Pakistan", "threat"). */
export class Rarity {
  private readonly df = new Map<string, number>();
  constructor(private readonly claims: number) {}

  /** How many claims have each key, counted elsewhere: keys[i] is in counts[i] claims. */
  setCounts(keys: readonly string[], counts: Int32Array): void {
    for (let i = 0; i < keys.length; i++) this.df.set(keys[i]!, counts[i]!);
  }

  /** Smoothed inverse document frequency. */
  weight(key: string): number {
    return Math.log((this.claims + 1) / ((this.df.get(key) ?? 0) + 0.5));
  }

  private readonly termWeights: number[] = [];

  /** weight() of a term's word, cached by term id (the hot path of every comparison). */
  termWeight(t: Term): number {
    let w = this.termWeights[t.id];
    if (w === undefined) this.termWeights[t.id] = w = this.weight(`w:${t.lemma}`);
    return w;
  }

  /** informativeness() of a term's word. */
  termInformativeness(t: Term): number {
    return this.scaled(this.termWeight(t));
  }

  /** How informative a key is, in [0, 1]: 1 for one seen in only a couple of claims, near 0 for one seen everywhere. */
  informativeness(key: string): number {
    return this.scaled(this.weight(key));
  }

  private scaled(weight: number): number {
    return Math.min(1, weight / Math.log((this.claims + 1) / 2.5));
  }

  private readonly entityInformative: number[] = [];

  /** informativeness() of an entity, cached by its index in the feature store's strings. */
  entityInformativeness(store: ClaimFeatureStore, entity: number): number {
    let v = this.entityInformative[entity];
    if (v === undefined) this.entityInformative[entity] = v = this.informativeness(`e:${store.strings.list[entity]}`);
    return v;
  }
}

export interface Match {
  a: string;
  b: string;
  how: 'same word' | 'synonym' | 'related meaning' | 'similar use';
}

/**
 * How close two words are: 1 the same lemma, 0.8 WordNet synonyms, 0.5 WordNet siblings or
 * is-a, and word vectors for the rest ("terrorist"/"extremist" 0.76, "haven"/"sanctuary" 0.36).
 */
function wordMatch(t: Term, o: Term): { score: number; how: Match['how'] } {
  if (t.lemma === o.lemma) return { score: 1, how: 'same word' };
  const related = wordNetScore(t, o);
  const vector = vectorScore(t, o);
  if (vector > related) return { score: vector, how: 'similar use' };
  return { score: related, how: related === 0.8 ? 'synonym' : related === 0.5 ? 'related meaning' : 'similar use' };
}

/** wordMatch()'s score alone: what every comparison needs, without the explanation. */
function wordScore(t: Term, o: Term): number {
  if (t.lemma === o.lemma) return 1;
  return Math.max(wordNetScore(t, o), vectorScore(t, o));
}

/** 0.8 for WordNet synonyms, 0.5 for siblings or is-a, else 0. */
export function wordNetScore(t: Term, o: Term): number {
  if (t.cls !== o.cls) return 0;
  if (intersects(t.synsetIds, o.synsetIds)) return 0.8;
  if (intersects(t.hypernymIds, o.hypernymIds) || intersects(t.hypernymIds, o.synsetIds) || intersects(o.hypernymIds, t.synsetIds)) return 0.5;
  return 0;
}

/** Do two sorted lists of numbers have one in common? */
function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** The word vectors' cosine rescaled to [0, 0.9] (0 up to 0.35); 0 when either word has none. */
function vectorScore(t: Term, o: Term): number {
  if (t.rank < 0 || o.rank < 0) return 0;
  return rescaled(Embeddings.get().cosine(t.rank, o.rank));
}

const rescaled = (cosine: number) => Math.min(0.9, Math.max(0, (cosine - 0.35) / 0.5));

/** Lets go of the claim columns (which hold their feature store) once the comparisons are done. */
export function forgetClaimColumns(): void {
  columns = new ClaimColumns();
}

/** wordMatch() score of two terms given by their index in the term table. */
function matchScore(t: number, o: number): number {
  if (t === o) return 1;
  const a = termAt(t);
  const b = termAt(o);
  if (a.id === b.id) return 1;
  return wordScore(a, b);
}

/**
 * Shared entities, weighted by rarity, over the larger side: two claims that share only
 * "Pakistan" in a corpus about Pakistan share little; sharing a rare group says a lot.
 * Returns the score; `shared` is filled with the shared entities' indices when given.
 */
function entityOverlap(store: ClaimFeatureStore, a: number, b: number, rarity: Rarity, shared: number[] | null): { score: number; count: number } {
  const pool = store.entityPool.data;
  const a0 = store.entityFrom.data[a]!;
  const a1 = store.entityFrom.data[a + 1]!;
  const b0 = store.entityFrom.data[b]!;
  const b1 = store.entityFrom.data[b + 1]!;
  let both = 0;
  let sideA = 0;
  let sideB = 0;
  let count = 0;
  for (let k = a0; k < a1; k++) sideA += rarity.entityInformativeness(store, pool[k]!);
  for (let k = b0; k < b1; k++) sideB += rarity.entityInformativeness(store, pool[k]!);
  for (let k = a0; k < a1; k++) {
    const e = pool[k]!;
    let found = false;
    for (let j = b0; j < b1 && !found; j++) found = pool[j] === e;
    if (!found) continue;
    both += rarity.entityInformativeness(store, e);
    count++;
    shared?.push(e);
  }
  overlap.score = Math.min(1, both / Math.max(sideA, sideB, 1));
  overlap.count = count;
  return overlap;
}

const overlap = { score: 0, count: 0 };

/** The best match between the main verbs of two claims, discounted for common verbs. */
function predicate(store: ClaimFeatureStore, a: number, b: number, rarity: Rarity): number {
  const pool = store.verbPool.data;
  const b0 = store.verbFrom.data[b]!;
  const b1 = store.verbFrom.data[b + 1]!;
  let s = 0;
  for (let k = store.verbFrom.data[a]!; k < store.verbFrom.data[a + 1]!; k++) {
    const t = pool[k]!;
    let best = 0;
    for (let j = b0; j < b1; j++) {
      best = Math.max(best, matchScore(t, pool[j]!));
      if (best === 1) break;
    }
    s = Math.max(s, best * rarity.termInformativeness(termAt(t)));
  }
  return s;
}

export interface Similarity {
  score: number;
  lexical: number;
  entities: number;
  predicate: number;
  /** How many entities the two claims share. */
  sharedCount: number;
  /** The shared entities, and the word pairs behind the score, when asked for (most compared pairs are dropped unexplained). */
  shared: string[];
  matches: Match[];
  /** The claims match on a part of each ("which seized power in 2021" within a longer claim). */
  part: boolean;
  /** Both claims are dated, to overlapping times. */
  datesAgree: boolean;
  /** How many words of the shorter side (of the whole claims, or of the parts that matched) have a match of at least MATCHED. */
  matched: number;
  /** How many of those matched words, and the words they match, are not common words ("haven"~"sanctuary", not "want"~"want"). */
  specific: number;
}

// A part of each claim saying the same counts a little less than the whole claims doing so.
const PART_WEIGHT = 0.9;
const DATE_BONUS = 0.1;
const PART_FLOOR = 0.25;
const W_LEX = 0.6;
const W_ENT = 0.25;
const W_PRED = 0.15;

/**
 * How strongly claims a and b of the store say the same thing, in [0, 1]: weighted words with
 * synonyms (60 %), shared entities weighted by rarity (25 %) and main-verb similarity (15 %).
 * Two claims may also match through one part of each (a relative or adverbial clause).
 * Word pairs are scored once into a matrix that the whole and every part then read.
 * This runs for every candidate pair: no closures or throwaway arrays in here.
 */
export function similarity(store: ClaimFeatureStore, a: number, b: number, rarity: Rarity, withMatches = false): Similarity {
  const terms = store.termPool.data;
  const ta = store.termFrom.data[a]!;
  const tb = store.termFrom.data[b]!;
  const na = store.termFrom.data[a + 1]! - ta;
  const nb = store.termFrom.data[b + 1]! - tb;
  if (matrix.length < na * nb) matrix = new Float32Array(na * nb * 2);
  const m = matrix;
  for (let j = 0; j < nb; j++) {
    const at = columns.column(store, a, ta, na, terms[tb + j]!);
    const scores = columns.scores;
    for (let i = 0; i < na; i++) m[i * nb + j] = scores[at + i]!;
  }
  const wa = termWeights(terms, ta, na, rarity, weightsA);
  const wb = termWeights(terms, tb, nb, rarity, weightsB);
  const lexWhole = lexicalOf(m, nb, wa, wb, 0, na, 0, nb);
  const sharedEntities = withMatches ? [] : null;
  const ent = entityOverlap(store, a, b, rarity, sharedEntities);
  const entScore = ent.score;
  const sharedCount = ent.count;
  const pred = predicate(store, a, b, rarity);
  const hasEntities = store.entityFrom.data[a + 1]! > store.entityFrom.data[a]! || store.entityFrom.data[b + 1]! > store.entityFrom.data[b]!;
  // Two claims dated to overlapping times ("in August 2021" / "in 2021") share a fact already.
  const timeA = store.time(a);
  const timeB = store.time(b);
  const datesAgree = timeA !== null && timeB !== null && timesOverlap(timeA, timeB);
  let score = hasEntities ? W_LEX * lexWhole + W_ENT * entScore + W_PRED * pred : (W_LEX * lexWhole + W_PRED * pred) / (W_LEX + W_PRED);
  let bestA0 = 0;
  let bestA1 = na;
  let bestB0 = 0;
  let bestB1 = nb;
  let part = false;
  // Parts are compared only when the whole claims already share something.
  const parts = store.segmentPool.data;
  const sa0 = store.segmentFrom.data[a]!;
  const sa1 = store.segmentFrom.data[a + 1]!;
  const sb0 = store.segmentFrom.data[b]!;
  const sb1 = store.segmentFrom.data[b + 1]!;
  if (lexWhole >= PART_FLOOR && (hasPart(parts, sa0, sa1, na) || hasPart(parts, sb0, sb1, nb))) {
    const shortest = datesAgree ? 2 : 3;
    for (let x = sa0; x < sa1; x += 2) {
      for (let y = sb0; y < sb1; y += 2) {
        // A part-match must carry its own weight: at least three content words on each side,
        // and is scored on its words alone ("a safe haven for terrorist organizations" /
        // "a sanctuary for extremist networks").
        if (Math.min(parts[x + 1]! - parts[x]!, parts[y + 1]! - parts[y]!) < shortest) continue;
        const s = PART_WEIGHT * lexicalOf(m, nb, wa, wb, parts[x]!, parts[x + 1]!, parts[y]!, parts[y + 1]!);
        if (s > score) {
          score = s;
          bestA0 = parts[x]!;
          bestA1 = parts[x + 1]!;
          bestB0 = parts[y]!;
          bestB1 = parts[y + 1]!;
          part = true;
        }
      }
    }
  }
  if (datesAgree) score = Math.min(1, score + DATE_BONUS);
  if (bestA1 - bestA0 <= bestB1 - bestB0) matchedCount(m, terms, ta + bestA0, tb + bestB0, bestA0, bestA1, bestB0, bestB1, nb, 1);
  else matchedCount(m, terms, tb + bestB0, ta + bestA0, bestB0, bestB1, bestA0, bestA1, 1, nb);
  const { matched, specific } = counted;
  return {
    score,
    lexical: lexWhole,
    entities: entScore,
    predicate: pred,
    sharedCount,
    shared: sharedEntities ? sharedEntities.map((e) => store.strings.list[e]!) : [],
    matches: withMatches ? matchesOf(m, nb, terms, ta, tb, bestA0, bestA1, bestB0, bestB1) : [],
    part,
    datesAgree,
    matched,
    specific,
  };
}

/**
 * The scores of one claim's terms against other terms, a column per other term, kept while
 * that claim is compared with its candidates (pairs come sorted by their first claim). The
 * candidates share its words and each other's, so many columns are read from here. A new
 * column takes its word-vector cosines in one call (Embeddings.cosines), and its WordNet
 * relations from the claim's concepts (ClaimConcepts) rather than term by term.
 */
class ClaimColumns {
  private store: ClaimFeatureStore | null = null;
  private claim = -1;
  private offsets = new Int32Array(1024).fill(-1);
  /** The columns, read at the offsets column() returns (it replaces the array as it grows). */
  scores = new Float32Array(4096);
  private used = 0;
  private readonly touched: number[] = [];
  /** The claim's terms' word-vector ranks, and their cosines with the term of the column being made. */
  private ranks = new Int32Array(64);
  private cosines = new Float64Array(64);
  private readonly concepts = new ClaimConcepts();

  /** Where in `scores` the column of `term` starts: its scores against the na terms of `claim` (from ta in the store's term pool). */
  column(store: ClaimFeatureStore, claim: number, ta: number, na: number, term: number): number {
    if (claim !== this.claim || store !== this.store) this.startClaim(store, claim, ta, na);
    if (term >= this.offsets.length) {
      const grown = new Int32Array(Math.max(term + 1, this.offsets.length * 2)).fill(-1);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    let at = this.offsets[term]!;
    if (at >= 0) return at;
    if (this.used + na > this.scores.length) {
      const grown = new Float32Array(Math.max(this.used + na, this.scores.length * 2));
      grown.set(this.scores.subarray(0, this.used));
      this.scores = grown;
    }
    at = this.used;
    const terms = store.termPool.data;
    const o = termAt(term);
    if (o.rank >= 0) Embeddings.get().cosines(o.rank, this.ranks, na, this.cosines);
    const concepts = this.concepts;
    const bitwise = concepts.bitwise;
    if (bitwise) concepts.relate(o);
    for (let i = 0; i < na; i++) {
      const t = terms[ta + i]!;
      const x = termAt(t);
      let score: number;
      if (t === term || x.id === o.id || x.lemma === o.lemma) score = 1;
      else {
        const related = !bitwise ? wordNetScore(x, o) : x.cls !== o.cls ? 0 : (concepts.synonyms >>> i) & 1 ? 0.8 : (concepts.related >>> i) & 1 ? 0.5 : 0;
        score = Math.max(related, x.rank < 0 || o.rank < 0 ? 0 : rescaled(this.cosines[i]!));
      }
      this.scores[at + i] = score;
    }
    this.offsets[term] = at;
    this.touched.push(term);
    this.used += na;
    return at;
  }

  private startClaim(store: ClaimFeatureStore, claim: number, ta: number, na: number): void {
    for (const t of this.touched) this.offsets[t] = -1;
    this.touched.length = 0;
    this.used = 0;
    this.claim = claim;
    this.store = store;
    if (na > this.ranks.length) {
      this.ranks = new Int32Array(2 * na);
      this.cosines = new Float64Array(2 * na);
    }
    const terms = store.termPool.data;
    for (let i = 0; i < na; i++) this.ranks[i] = termAt(terms[ta + i]!).rank;
    this.concepts.start(terms, ta, na);
  }
}

/**
 * One claim's WordNet concepts, each with the claim's terms that have it as a synset and as a
 * hypernym (bit i for term i): a term's relations to all the claim's terms (wordNetScore,
 * without the word-class check) take one lookup per concept of the term, not a comparison of
 * concept lists per pair. Claims of more than 31 terms are left to wordNetScore.
 */
export class ClaimConcepts {
  bitwise = false;
  /** After relate(o): the claim's terms sharing a synset with o, and those related to it as siblings or by is-a. */
  synonyms = 0;
  related = 0;
  private asSynset = new Int32Array(1024);
  private asHypernym = new Int32Array(1024);
  private readonly marked: number[] = [];

  start(terms: Int32Array, ta: number, na: number): void {
    for (const id of this.marked) this.asSynset[id] = this.asHypernym[id] = 0;
    this.marked.length = 0;
    this.bitwise = na <= 31;
    if (!this.bitwise) return;
    const size = conceptCount();
    if (size > this.asSynset.length) {
      this.asSynset = new Int32Array(2 * size);
      this.asHypernym = new Int32Array(2 * size);
    }
    for (let i = 0; i < na; i++) {
      const x = termAt(terms[ta + i]!);
      for (const id of x.synsetIds) this.mark(this.asSynset, id, i);
      for (const id of x.hypernymIds) this.mark(this.asHypernym, id, i);
    }
  }

  /** Fills `synonyms` and `related` for term o (when `bitwise`). */
  relate(o: Term): void {
    let synonyms = 0;
    let related = 0;
    for (const id of o.synsetIds) {
      synonyms |= this.asSynset[id]!;
      related |= this.asHypernym[id]!;
    }
    for (const id of o.hypernymIds) related |= this.asHypernym[id]! | this.asSynset[id]!;
    this.synonyms = synonyms;
    this.related = related;
  }

  private mark(owners: Int32Array, id: number, term: number): void {
    if (owners[id] === 0) this.marked.push(id);
    owners[id]! |= 1 << term;
  }
}

let columns = new ClaimColumns();

// One match matrix, reused by every comparison (they are many and short-lived), and the
// rarity weights of each side's terms.
let matrix = new Float32Array(1024);
const weightsA: Float64Array[] = [];
const weightsB: Float64Array[] = [];

/** The rarity weights of n terms of the pool from `from`, in a buffer reused for every claim with this many terms. */
function termWeights(terms: Int32Array, from: number, n: number, rarity: Rarity, buffers: Float64Array[]): Float64Array {
  const w = (buffers[n] ??= new Float64Array(n));
  for (let i = 0; i < n; i++) w[i] = rarity.termWeight(termAt(terms[from + i]!));
  return w;
}

/** Is a claim made of parts (pairs from, to in parts[s0..s1)), one of them shorter than the whole of its n terms? */
function hasPart(parts: Int32Array, s0: number, s1: number, n: number): boolean {
  for (let x = s0; x < s1; x += 2) if (parts[x + 1]! - parts[x]! < n) return true;
  return false;
}

/**
 * Soft overlap of two runs of terms (rows a0..a1 and columns b0..b1 of the match matrix) in
 * [0, 1]: mostly how much of the shorter one the longer covers, partly the reverse.
 */
function lexicalOf(m: Float32Array, nb: number, wa: Float64Array, wb: Float64Array, a0: number, a1: number, b0: number, b1: number): number {
  const fromA = coverage(m, wa, a0, a1, b0, b1, nb, 1);
  const fromB = coverage(m, wb, b0, b1, a0, a1, 1, nb);
  return a1 - a0 <= b1 - b0 ? 0.7 * fromA + 0.3 * fromB : 0.7 * fromB + 0.3 * fromA;
}

/** Weighted mean, over the terms x0..x1, of each one's best match among y0..y1 (m[x * strideX + y * strideY]). */
function coverage(m: Float32Array, weights: Float64Array, x0: number, x1: number, y0: number, y1: number, strideX: number, strideY: number): number {
  let num = 0;
  let den = 0;
  for (let x = x0; x < x1; x++) {
    let best = 0;
    for (let y = y0; y < y1; y++) {
      const v = m[x * strideX + y * strideY]!;
      if (v > best) best = v;
    }
    num += weights[x]! * best;
    den += weights[x]!;
  }
  return den ? num / den : 0;
}

// A word counts as matched from this score up: a synonym or a close neighbour, not a loose one.
const MATCHED = 0.5;

/**
 * How many of the terms x0..x1 have a match of at least MATCHED among y0..y1 (m[x * strideX +
 * y * strideY]), and how many of them match a word with neither being common; into `counted`.
 * termsX / termsY: where terms x0 and y0 are in the term pool.
 */
function matchedCount(m: Float32Array, terms: Int32Array, termsX: number, termsY: number, x0: number, x1: number, y0: number, y1: number, strideX: number, strideY: number): void {
  let matched = 0;
  let specific = 0;
  for (let x = x0; x < x1; x++) {
    let found = false;
    let rare = false;
    for (let y = y0; y < y1 && !rare; y++) {
      if (m[x * strideX + y * strideY]! < MATCHED) continue;
      found = true;
      rare = !isCommon(termAt(terms[termsX + x - x0]!)) && !isCommon(termAt(terms[termsY + y - y0]!));
    }
    if (found) matched++;
    if (rare) specific++;
  }
  counted.matched = matched;
  counted.specific = specific;
}

const counted = { matched: 0, specific: 0 };

/** The word pairs behind a match, for the explanation (one per word of the first claim). */
function matchesOf(m: Float32Array, nb: number, terms: Int32Array, ta: number, tb: number, a0: number, a1: number, b0: number, b1: number): Match[] {
  const out: Match[] = [];
  for (let i = a0; i < a1; i++) {
    let bestJ = -1;
    let bestScore = 0.35;
    for (let j = b0; j < b1; j++) if (m[i * nb + j]! >= bestScore) [bestJ, bestScore] = [j, m[i * nb + j]!];
    if (bestJ < 0) continue;
    const x = termAt(terms[ta + i]!);
    const y = termAt(terms[tb + bestJ]!);
    out.push({ a: x.lemma, b: y.lemma, how: wordMatch(x, y).how });
  }
  return out;
}

/** Do two figures measure the same thing (same unit and counted noun)? */
export function sameMeasure(a: Figure, b: Figure): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  if (!a.counted || !b.counted) return a.unit !== null && a.unit === b.unit;
  return headNoun(a.counted) === headNoun(b.counted);
}

/** The last word of a noun phrase, singular: "violent incidents" → "incident". */
function headNoun(phrase: string): string {
  return phrase.split(' ').at(-1)!.replace(/s$/, '');
}

/** Are two reported values of one measure compatible, given their qualifiers ("over 150" and 200 are)? */
export function compatibleValues(a: Figure, b: Figure): boolean {
  const ab = fits(a, b);
  const ba = fits(b, a);
  if (ab !== null || ba !== null) return (ab ?? true) && (ba ?? true);
  return Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value);
}

/** What x's qualifier allows y to be; null when x is an exact figure. */
function fits(x: Figure, y: Figure): boolean | null {
  const q = x.qualifier;
  if (!q) return null;
  if (/^(over|more than|at least|above|exceeding)$/.test(q)) return y.value >= x.value;
  if (/^(under|less than|fewer than|up to|below|at most)$/.test(q)) return y.value <= x.value;
  if (/^(about|around|nearly|almost|approximately|roughly|some|an estimated)$/.test(q)) return Math.abs(y.value - x.value) <= 0.15 * x.value;
  if (/^(dozens|hundreds|thousands|millions|billions|several)/.test(q)) return true;
  return null;
}

/** Do two time ranges overlap? */
export function timesOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

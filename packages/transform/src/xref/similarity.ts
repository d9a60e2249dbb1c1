import { Embeddings } from './embeddings';
import { span, type ClaimFeatures, type Figure, type Term } from './features';

/** Rarity weights: a word or entity found in many claims says little ("Pakistan", "threat"). */
export class Rarity {
  private readonly df = new Map<string, number>();
  constructor(private readonly claims: number) {}

  add(keys: Iterable<string>): void {
    for (const k of new Set(keys)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
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

  private readonly entityInformative = new Map<string, number>();

  /** informativeness() of an entity, cached by its id. */
  entityInformativeness(entityId: string): number {
    let v = this.entityInformative.get(entityId);
    if (v === undefined) this.entityInformative.set(entityId, (v = this.informativeness(`e:${entityId}`)));
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
  let found: { score: number; how: Match['how'] } = { score: 0, how: 'similar use' };
  if (t.cls === o.cls && t.synsets.some((x) => o.synsets.includes(x))) found = { score: 0.8, how: 'synonym' };
  else if (t.cls === o.cls && (t.hypernyms.some((x) => o.hypernyms.includes(x) || o.synsets.includes(x)) || o.hypernyms.some((x) => t.synsets.includes(x)))) found = { score: 0.5, how: 'related meaning' };
  const cos = Embeddings.get().cosine(t.lemma, o.lemma);
  if (cos !== null) {
    const s = Math.min(0.9, Math.max(0, (cos - 0.35) / 0.5));
    if (s > found.score) found = { score: s, how: 'similar use' };
  }
  return found;
}

/**
 * wordMatch() scores by pair of term ids, in an open-addressing table of typed arrays: the
 * hot path of every comparison, where a map per term cost more in lookups and in memory.
 * Emptied when half full (it is only a cache: scores are the same recomputed).
 */
export class PairCache {
  private readonly keys: Float64Array;
  private readonly values: Float64Array;
  private readonly mask: number;
  private used = 0;

  constructor(bits: number) {
    this.keys = new Float64Array(2 ** bits);
    this.values = new Float64Array(2 ** bits);
    this.mask = 2 ** bits - 1;
  }

  /** The slot of a pair: where it is, or the empty slot where it belongs. */
  private slot(key: number, lo: number, hi: number): number {
    let i = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  score(t: Term, o: Term): number {
    const lo = Math.min(t.id, o.id);
    const hi = Math.max(t.id, o.id);
    // Key 0 marks an empty slot.
    const key = lo * 4294967296 + hi + 1;
    let i = this.slot(key, lo, hi);
    if (this.keys[i] === key) return this.values[i]!;
    if (this.used >= this.keys.length / 2) {
      this.keys.fill(0);
      this.used = 0;
      i = this.slot(key, lo, hi);
    }
    const score = wordMatch(t, o).score;
    this.keys[i] = key;
    this.values[i] = score;
    this.used++;
    return score;
  }
}

let pairCache: PairCache | undefined;

/** wordMatch(t, o).score, cached. */
function matchScore(t: Term, o: Term): number {
  if (t.id === o.id) return 1;
  return (pairCache ??= new PairCache(22)).score(t, o);
}

/** The best match of one term among the other claim's terms. */
function best(t: Term, others: readonly Term[]): number {
  let score = 0;
  for (const o of others) {
    score = Math.max(score, matchScore(t, o));
    if (score === 1) break;
  }
  return score;
}

/**
 * Shared entities, weighted by rarity, over the larger side: two claims that share only
 * "Pakistan" in a corpus about Pakistan share little; sharing a rare group says a lot.
 */
export function entityOverlap(a: readonly string[], b: readonly string[], rarity: Rarity): { score: number; shared: string[] } {
  let shared = 0;
  let sideA = 0;
  let sideB = 0;
  const names: string[] = [];
  for (const e of a) sideA += rarity.entityInformativeness(e);
  for (const e of b) sideB += rarity.entityInformativeness(e);
  for (const e of a) {
    if (!b.includes(e)) continue;
    shared += rarity.entityInformativeness(e);
    names.push(e);
  }
  return { score: Math.min(1, shared / Math.max(sideA, sideB, 1)), shared: names };
}

/** The best match between the main verbs of two claims, discounted for common verbs. */
function predicate(a: readonly Term[], b: readonly Term[], rarity: Rarity): number {
  let s = 0;
  for (const t of a) s = Math.max(s, best(t, b) * rarity.termInformativeness(t));
  return s;
}

export interface Similarity {
  score: number;
  lexical: number;
  entities: number;
  predicate: number;
  shared: string[];
  /** The word pairs behind the score, when asked for (most compared pairs are dropped unexplained). */
  matches: Match[];
  /** The claims match on a part of each ("which seized power in 2021" within a longer claim). */
  part: boolean;
}

// A part of each claim saying the same counts a little less than the whole claims doing so.
const PART_WEIGHT = 0.9;
const DATE_BONUS = 0.1;
const PART_FLOOR = 0.25;
const W_LEX = 0.6;
const W_ENT = 0.25;
const W_PRED = 0.15;

/**
 * How strongly two claims say the same thing, in [0, 1]: weighted words with synonyms
 * (60 %), shared entities weighted by rarity (25 %) and main-verb similarity (15 %).
 * Two claims may also match through one part of each (a relative or adverbial clause).
 * Word pairs are scored once into a matrix that the whole and every part then read.
 * This runs for every candidate pair: no closures or throwaway arrays in here.
 */
export function similarity(a: ClaimFeatures, b: ClaimFeatures, rarity: Rarity, withMatches = false): Similarity {
  const na = a.terms.length;
  const nb = b.terms.length;
  if (matrix.length < na * nb) matrix = new Float32Array(na * nb * 2);
  const m = matrix;
  for (let i = 0; i < na; i++) for (let j = 0; j < nb; j++) m[i * nb + j] = matchScore(a.terms[i]!, b.terms[j]!);
  const wa = termWeights(a.terms, rarity, weightsA);
  const wb = termWeights(b.terms, rarity, weightsB);
  const allA = span(0, na);
  const allB = span(0, nb);
  const lexWhole = lexicalOf(m, nb, wa, wb, allA, allB);
  const ent = entityOverlap(a.entities, b.entities, rarity);
  const pred = predicate(a.verbs, b.verbs, rarity);
  const hasEntities = a.entities.length + b.entities.length > 0;
  // Two claims dated to overlapping times ("in August 2021" / "in 2021") share a fact already.
  const datesAgree = a.time !== null && b.time !== null && timesOverlap(a.time, b.time);
  let score = hasEntities ? W_LEX * lexWhole + W_ENT * ent.score + W_PRED * pred : (W_LEX * lexWhole + W_PRED * pred) / (W_LEX + W_PRED);
  let bestA = allA;
  let bestB = allB;
  let part = false;
  // Parts are compared only when the whole claims already share something.
  if (lexWhole >= PART_FLOOR && (hasPart(a.segments, na) || hasPart(b.segments, nb))) {
    for (const sa of a.segments) {
      for (const sb of b.segments) {
        // A part-match must carry its own weight: at least three content words on each side,
        // and is scored on its words alone ("a safe haven for terrorist organizations" /
        // "a sanctuary for extremist networks").
        if (Math.min(sa.length, sb.length) < (datesAgree ? 2 : 3)) continue;
        const s = PART_WEIGHT * lexicalOf(m, nb, wa, wb, sa, sb);
        if (s > score) {
          score = s;
          bestA = sa;
          bestB = sb;
          part = true;
        }
      }
    }
  }
  if (datesAgree) score = Math.min(1, score + DATE_BONUS);
  return {
    score,
    lexical: lexWhole,
    entities: ent.score,
    predicate: pred,
    shared: ent.shared,
    matches: withMatches ? matchesOf(m, nb, a, b, bestA, bestB) : [],
    part,
  };
}

// One match matrix, reused by every comparison (they are many and short-lived), and the
// rarity weights of each side's terms.
let matrix = new Float32Array(1024);
const weightsA: Float64Array[] = [];
const weightsB: Float64Array[] = [];

/** The terms' rarity weights, in a buffer reused for every claim with this many terms. */
function termWeights(terms: Term[], rarity: Rarity, buffers: Float64Array[]): Float64Array {
  const w = (buffers[terms.length] ??= new Float64Array(terms.length));
  for (let i = 0; i < terms.length; i++) w[i] = rarity.termWeight(terms[i]!);
  return w;
}

/** Is a claim made of parts, one of them shorter than the whole of its n terms? */
function hasPart(segments: readonly (readonly number[])[], n: number): boolean {
  for (const x of segments) if (x.length < n) return true;
  return false;
}

/**
 * Soft overlap of two sets of terms (indices into the match matrix) in [0, 1]: mostly how
 * much of the shorter one the longer covers, partly the reverse.
 */
function lexicalOf(m: Float32Array, nb: number, wa: Float64Array, wb: Float64Array, ia: readonly number[], ib: readonly number[]): number {
  const fromA = coverage(m, wa, ia, ib, nb, 1);
  const fromB = coverage(m, wb, ib, ia, 1, nb);
  return ia.length <= ib.length ? 0.7 * fromA + 0.3 * fromB : 0.7 * fromB + 0.3 * fromA;
}

/** Weighted mean, over the terms xs, of each one's best match among ys (m[x * strideX + y * strideY]). */
function coverage(m: Float32Array, weights: Float64Array, xs: readonly number[], ys: readonly number[], strideX: number, strideY: number): number {
  let num = 0;
  let den = 0;
  for (const x of xs) {
    let best = 0;
    for (const y of ys) {
      const v = m[x * strideX + y * strideY]!;
      if (v > best) best = v;
    }
    num += weights[x]! * best;
    den += weights[x]!;
  }
  return den ? num / den : 0;
}

/** The word pairs behind a match, for the explanation (one per word of the first claim). */
function matchesOf(m: Float32Array, nb: number, a: ClaimFeatures, b: ClaimFeatures, ia: readonly number[], ib: readonly number[]): Match[] {
  const out: Match[] = [];
  for (const i of ia) {
    let bestJ = -1;
    let bestScore = 0.35;
    for (const j of ib) if (m[i * nb + j]! >= bestScore) [bestJ, bestScore] = [j, m[i * nb + j]!];
    if (bestJ >= 0) out.push({ a: a.terms[i]!.lemma, b: b.terms[bestJ]!.lemma, how: wordMatch(a.terms[i]!, b.terms[bestJ]!).how });
  }
  return out;
}

/** Do two figures measure the same thing (same unit and counted noun)? */
export function sameMeasure(a: Figure, b: Figure): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return false;
  if (!a.counted || !b.counted) return a.unit !== null && a.unit === b.unit;
  const head = (s: string) => s.split(' ').at(-1)!.replace(/s$/, '');
  return head(a.counted) === head(b.counted);
}

/** Are two reported values of one measure compatible, given their qualifiers ("over 150" and 200 are)? */
export function compatibleValues(a: Figure, b: Figure): boolean {
  // What x's qualifier allows y to be; null when x is an exact figure.
  const fits = (x: Figure, y: Figure): boolean | null => {
    const q = x.qualifier ?? '';
    if (/^(over|more than|at least|above|exceeding)$/.test(q)) return y.value >= x.value;
    if (/^(under|less than|fewer than|up to|below|at most)$/.test(q)) return y.value <= x.value;
    if (/^(about|around|nearly|almost|approximately|roughly|some|an estimated)$/.test(q)) return Math.abs(y.value - x.value) <= 0.15 * x.value;
    if (/^(dozens|hundreds|thousands|millions|billions|several)/.test(q)) return true;
    return null;
  };
  const ab = fits(a, b);
  const ba = fits(b, a);
  if (ab !== null || ba !== null) return (ab ?? true) && (ba ?? true);
  return Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value);
}

/** Do two time ranges overlap? */
export function timesOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

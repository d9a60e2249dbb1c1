import type { Claim, ClaimEntity, QuantityRow } from '@corroborate/tables';
import { Column, HexIds, Strings } from '../columns';
import { groupBy } from '../group-by';
import type { Token } from '../tokens';
import { Embeddings } from './embeddings';
import { WordNet, wordClass, type WordClass } from './lexicon';

/** A content word of a claim, with what it can mean. */
export interface Term {
  /** A small number standing for the lemma, so pairs of words can be cached cheaply. */
  id: number;
  lemma: string;
  cls: WordClass;
  synsets: string[];
  hypernyms: string[];
  /** The word's rank in the word vectors (Embeddings.rank), −1 when it has no vector. */
  rank: number;
  /** synsets and hypernyms as sorted numbers (conceptIds), for comparing terms quickly. */
  synsetIds: Int32Array;
  hypernymIds: Int32Array;
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

/** What cross-referencing compares about one claim, as read back from the store (for tests and explanations). */
export interface ClaimFeatures {
  claim: ClaimRef;
  terms: Term[];
  /** Each part of the claim split at commas and relative words, as [from, to) indices into terms. */
  segments: [number, number][];
  entities: string[];
  locations: string[];
  verbs: Term[];
  figures: readonly Figure[];
  time: { start: string; end: string } | null;
  negated: boolean;
}

const NO_FIGURES: readonly Figure[] = Object.freeze([]);

/**
 * The features of every claim of the corpus, as columns: cross-referencing holds them all at
 * once (millions of claims), and an object per claim with arrays of its own cost about 0.7 KB
 * where these cost about 0.15 KB. A claim is its index; its lists (terms, parts, verbs,
 * entities, places) are runs in shared pools, from `xFrom[i]` to `xFrom[i + 1]`.
 */
export class ClaimFeatureStore {
  count = 0;
  /** Indices into the term table (termAt): the claim's content words, in order. */
  readonly termFrom = new Column();
  readonly termPool = new Column();
  /** Parts of the claim as pairs [from, to) of term positions within the claim. */
  readonly segmentFrom = new Column();
  readonly segmentPool = new Column();
  /** Main verbs (not light ones), as term table indices. */
  readonly verbFrom = new Column();
  readonly verbPool = new Column();
  /** Entities the claim is about (its speaker aside), each once, in order of appearance: indices into `strings`. */
  readonly entityFrom = new Column();
  readonly entityPool = new Column();
  readonly locationFrom = new Column();
  readonly locationPool = new Column();
  /** Per claim: indices into `strings` (-1 for none). */
  readonly source = new Column();
  readonly claimType = new Column();
  readonly modality = new Column();
  readonly attributedTo = new Column();
  /** Per claim: index into `times` (-1 for an undated claim); the same few ranges recur. */
  private readonly timeIndex = new Column();
  private readonly times: { start: string; end: string }[] = [];
  private readonly timeKeys = new Map<string, number>();
  readonly start = new Column();
  readonly negated = new Column();
  private readonly checkworthiness = new Column((size) => new Float64Array(size));
  private readonly ids = new HexIds();
  /**
   * Figures as columns (most claims have none; millions of figure objects would cost ten
   * times their contents): claim i's are rows figureFrom[i] up to figureFrom[i + 1]; unit,
   * counted noun, qualifier and text are indices into `strings` (-1 for none).
   */
  private readonly figureFrom = new Column();
  private readonly figureValue = new Column((size) => new Float64Array(size));
  private readonly figureUnit = new Column();
  private readonly figureCounted = new Column();
  private readonly figureQualifier = new Column();
  private readonly figureText = new Column();
  readonly strings = new Strings();

  constructor() {
    for (const c of [this.termFrom, this.segmentFrom, this.verbFrom, this.entityFrom, this.locationFrom, this.figureFrom]) c.push(0);
  }

  /** Adds claims with their words (claimWords, in the same order) and their rows in the claim tables. */
  addAll(claims: Claim[], words: string[], claimEntities: ClaimEntity[], quantities: QuantityRow[]): void {
    const wordnet = WordNet.get();
    const rolesOf = groupBy(claimEntities, (r) => r.claim_id);
    const figuresOf = groupBy(quantities, (q) => q.claim_id);
    claims.forEach((c, i) => this.add(c, words[i]!, rolesOf.get(c.claim_id) ?? [], figuresOf.get(c.claim_id) ?? [], wordnet));
  }

  /** Adds a claim from its words (claimWords) and its rows in the claim tables. */
  add(claim: Claim, words: string, roles: ClaimEntity[], figures: QuantityRow[], wordnet: WordNet): void {
    const i = this.count++;
    const first = this.termPool.length;
    // Where each part of the claim begins, as a position among its terms.
    const starts = [0];
    for (const word of words ? words.split(' ') : []) {
      if (word === '|') {
        const n = this.termPool.length - first;
        if (n > starts[starts.length - 1]!) starts.push(n);
        continue;
      }
      const t = toTerm(word.slice(2), word[0] as WordClass, wordnet);
      this.termPool.push(t);
      const term = termTable[t]!;
      if (term.cls === 'v' && !LIGHT_VERBS.has(term.lemma)) this.verbPool.push(t);
    }
    const n = this.termPool.length - first;
    starts.push(n);
    for (let k = 1; k < starts.length; k++) {
      if (starts[k]! - starts[k - 1]! < 2) continue;
      this.segmentPool.push(starts[k - 1]!);
      this.segmentPool.push(starts[k]!);
    }
    this.termFrom.push(this.termPool.length);
    this.segmentFrom.push(this.segmentPool.length);
    this.verbFrom.push(this.verbPool.length);
    const entities = new Set<number>();
    const locations = new Set<number>();
    for (const r of roles) {
      if (r.role === 'speaker') continue;
      entities.add(this.strings.of(r.entity_id));
      if (r.role === 'location') locations.add(this.strings.of(r.entity_id));
    }
    for (const e of entities) this.entityPool.push(e);
    for (const l of locations) this.locationPool.push(l);
    this.entityFrom.push(this.entityPool.length);
    this.locationFrom.push(this.locationPool.length);
    this.source.push(this.strings.of(claim.source_id));
    this.claimType.push(this.strings.of(claim.claim_type));
    this.modality.push(this.strings.of(claim.modality));
    this.attributedTo.push(claim.attributed_to === null ? -1 : this.strings.of(claim.attributed_to));
    this.timeIndex.push(claim.time_start && claim.time_end ? this.timeOf(claim.time_start, claim.time_end) : -1);
    this.start.push(claim.start);
    this.negated.push(claim.polarity === 'negated' ? 1 : 0);
    this.checkworthiness.push(claim.checkworthiness);
    this.ids.push(claim.claim_id);
    const index = (x: string | null) => (x === null ? -1 : this.strings.of(x));
    for (const q of figures) {
      this.figureValue.push(q.value);
      this.figureUnit.push(index(q.unit));
      this.figureCounted.push(q.counted ? index(q.counted.toLowerCase()) : -1);
      this.figureQualifier.push(index(q.qualifier));
      this.figureText.push(index(q.text));
    }
    this.figureFrom.push(this.figureValue.length);
  }

  /** Lets go of every column's room for growth, once every claim is in. */
  trim(): void {
    for (const value of Object.values(this)) if (value instanceof Column || value instanceof HexIds) value.trim();
  }

  claimId(i: number): string {
    return this.ids.at(i);
  }

  sourceId(i: number): string {
    return this.strings.list[this.source.data[i]!]!;
  }

  /** The claim's figures, made afresh (read only). */
  figures(i: number): readonly Figure[] {
    const from = this.figureFrom.data[i]!;
    const to = this.figureFrom.data[i + 1]!;
    if (from === to) return NO_FIGURES;
    const out: Figure[] = [];
    for (let f = from; f < to; f++) {
      out.push({ value: this.figureValue.data[f]!, unit: this.text(this.figureUnit.data[f]!), counted: this.text(this.figureCounted.data[f]!), qualifier: this.text(this.figureQualifier.data[f]!), text: this.text(this.figureText.data[f]!)! });
    }
    return out;
  }

  /** The claim's time range, one object shared by every claim with that range (read only). */
  time(i: number): { start: string; end: string } | null {
    // −1 for none is checked, not looked up: a negative index is a slow property lookup.
    const k = this.timeIndex.data[i]!;
    return k < 0 ? null : this.times[k]!;
  }

  private timeOf(start: string, end: string): number {
    const key = `${start}/${end}`;
    let index = this.timeKeys.get(key);
    if (index === undefined) this.timeKeys.set(key, (index = this.times.push({ start, end }) - 1));
    return index;
  }

  /** The claim's places, as indices into `strings`. */
  locations(i: number): number[] {
    return this.run(this.locationFrom, this.locationPool, i);
  }

  /** Do claims a and b both name places, none of them the same? (Without making their lists: it is asked of every compared pair.) */
  placesDiffer(a: number, b: number): boolean {
    const from = this.locationFrom.data;
    const pool = this.locationPool.data;
    const a0 = from[a]!;
    const a1 = from[a + 1]!;
    const b0 = from[b]!;
    const b1 = from[b + 1]!;
    if (a0 === a1 || b0 === b1) return false;
    for (let x = a0; x < a1; x++) for (let y = b0; y < b1; y++) if (pool[x] === pool[y]) return false;
    return true;
  }

  /** What the cluster rows need of a claim's row. */
  ref(i: number): ClaimRef {
    const a = this.attributedTo.data[i]!;
    return {
      claim_id: this.claimId(i),
      source_id: this.sourceId(i),
      start: this.start.data[i]!,
      checkworthiness: this.checkworthiness.data[i]!,
      claim_type: this.strings.list[this.claimType.data[i]!]! as Claim['claim_type'],
      modality: this.strings.list[this.modality.data[i]!]! as Claim['modality'],
      attributed_to: a < 0 ? null : this.strings.list[a]!,
    };
  }

  /** Everything about one claim, as plain values. */
  features(i: number): ClaimFeatures {
    const terms = this.run(this.termFrom, this.termPool, i).map((t) => termTable[t]!);
    const pairs = this.run(this.segmentFrom, this.segmentPool, i);
    const segments: [number, number][] = [];
    for (let k = 0; k < pairs.length; k += 2) segments.push([pairs[k]!, pairs[k + 1]!]);
    return {
      claim: this.ref(i),
      terms,
      segments,
      entities: this.run(this.entityFrom, this.entityPool, i).map((e) => this.strings.list[e]!),
      locations: this.locations(i).map((e) => this.strings.list[e]!),
      verbs: this.run(this.verbFrom, this.verbPool, i).map((t) => termTable[t]!),
      figures: this.figures(i),
      time: this.time(i),
      negated: this.negated.data[i] === 1,
    };
  }

  /** A string of `strings` by index, −1 for none. */
  private text(k: number): string | null {
    return k < 0 ? null : this.strings.list[k]!;
  }

  private run(from: Column, pool: Column, i: number): number[] {
    return Array.from(pool.data.subarray(from.data[i]!, from.data[i + 1]!));
  }
}

function isBoundary(t: Token): boolean {
  return /^[,;:—–()]$/.test(t.text) || SEGMENT_OPENERS.has(t.text.toLowerCase());
}

// Terms are read-only and shared by every claim that uses the word: claims hold their index here.
const termTable: Term[] = [];
const termIndex = new Map<string, number>();

/** A term by its index in the term table (what the store's pools hold). */
export function termAt(index: number): Term {
  return termTable[index]!;
}

function toTerm(lemma: string, cls: WordClass, wordnet: WordNet): number {
  const key = `${cls}:${lemma}`;
  let index = termIndex.get(key);
  if (index === undefined) termIndex.set(key, (index = termTable.push(newTerm(lemma, cls, wordnet)) - 1));
  return index;
}

// Words this frequent in general English text are common (wink's word vectors list words by frequency).
const COMMON_WORDS = 1000;

/** One of the most frequent words of English ("want", "thing", "know"): what it matches says little. */
export function isCommon(t: Term): boolean {
  return t.rank >= 0 && t.rank < COMMON_WORDS;
}

function newTerm(lemma: string, cls: WordClass, wordnet: WordNet): Term {
  const { synsets, hypernyms } = wordnet.concepts(lemma, cls);
  const rank = Embeddings.get().rank(lemma) ?? -1;
  if (cls === 'v') return { id: termId(lemma, cls), lemma, cls, synsets, hypernyms, rank, synsetIds: conceptIds(synsets), hypernymIds: conceptIds(hypernyms) };
  // The tagger often calls a noun used as a modifier an adjective ("terrorist organizations"):
  // nouns and adjectives are looked up as both.
  const other = wordnet.concepts(lemma, cls === 'n' ? 'a' : 'n');
  const allSynsets = [...synsets, ...other.synsets];
  const allHypernyms = [...hypernyms, ...other.hypernyms];
  return { id: termId(lemma, 'n'), lemma, cls: 'n', synsets: allSynsets, hypernyms: allHypernyms, rank, synsetIds: conceptIds(allSynsets), hypernymIds: conceptIds(allHypernyms) };
}

const conceptNumbers = new Map<string, number>();

/** How many concepts have a number so far: every number is below it. */
export function conceptCount(): number {
  return conceptNumbers.size;
}

/** WordNet concepts as sorted small numbers, each concept always the same number. */
function conceptIds(concepts: string[]): Int32Array {
  const ids = Int32Array.from(concepts, (c) => {
    let id = conceptNumbers.get(c);
    if (id === undefined) conceptNumbers.set(c, (id = conceptNumbers.size));
    return id;
  });
  return ids.sort();
}

const termIds = new Map<string, number>();

function termId(lemma: string, cls: WordClass): number {
  const key = `${cls}:${lemma}`;
  let id = termIds.get(key);
  if (id === undefined) termIds.set(key, (id = termIds.size));
  return id;
}

/** Keys a claim is found by when looking for claims that may say the same. */
export function blockingKeys(store: ClaimFeatureStore, i: number): string[] {
  const keys = new Set<string>();
  const terms = store.termPool.data;
  for (let k = store.termFrom.data[i]!; k < store.termFrom.data[i + 1]!; k++) for (const key of termKeys(termTable[terms[k]!]!)) keys.add(key);
  const entities = store.entityPool.data;
  for (let k = store.entityFrom.data[i]!; k < store.entityFrom.data[i + 1]!; k++) keys.add(`e:${store.strings.list[entities[k]!]}`);
  for (const n of store.figures(i)) keys.add(`n:${n.value}`);
  return [...keys];
}

// A term's keys, made once per word (terms are shared by every claim that uses them).
const keysOfTerm = new WeakMap<Term, string[]>();

function termKeys(t: Term): string[] {
  let keys = keysOfTerm.get(t);
  if (!keys) keysOfTerm.set(t, (keys = [`w:${t.lemma}`, ...t.synsets.slice(0, 1).map((s) => `s:${s}`), ...t.hypernyms.map((h) => `h:${h}`)]));
  return keys;
}

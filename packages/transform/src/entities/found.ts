import { Column, HexIds, Strings } from '../columns';
import type { EntityType, Gazetteer, GazetteerEntry } from './gazetteer';
import type { SentenceFindings, SentenceRef } from './resolve';

const TITLED = 1;
const INITIAL = 2;
const NO_TYPE = -1;

/**
 * Where each sentence of the entity pass is (its id, source and offset), as columns:
 * resolution needs every sentence's, millions at 100,000 articles, and as objects with an id
 * string each they cost about 100 bytes apiece.
 */
export class SentenceRefs {
  private readonly ids = new HexIds();
  private readonly sources = new Column();
  private readonly starts = new Column();
  private readonly sourceIds = new Strings();

  static of(refs: Iterable<SentenceRef>): SentenceRefs {
    const out = new SentenceRefs();
    for (const r of refs) out.push(r);
    return out;
  }

  get length(): number {
    return this.ids.length;
  }

  push(ref: SentenceRef): void {
    this.ids.push(ref.sentence_id);
    this.sources.push(this.sourceIds.of(ref.source_id));
    this.starts.push(ref.start);
  }

  sentenceId(i: number): string {
    return this.ids.at(i);
  }
  sourceId(i: number): string {
    return this.sourceIds.list[this.sources.data[i]!]!;
  }
  start(i: number): number {
    return this.starts.data[i]!;
  }
}

/**
 * Every name candidate of the corpus, numbered in the order found, as columns: resolution
 * needs all of them at once (millions at 100,000 articles), and as objects each cost
 * hundreds of bytes. Strings (texts, keys, types, parts of speech) recur and are kept once,
 * by number; the gazetteer entry is kept as its index in the gazetteer's entries.
 */
export class Found {
  /** [acronym, name key of its long form] of every definition found ("… Pakistan (TTP)"). */
  readonly acronyms: [string, string][] = [];
  private readonly sentenceOf = new Column();
  private readonly starts = new Column();
  private readonly ends = new Column();
  private readonly texts = new Column();
  private readonly keys = new Column();
  private readonly types = new Column();
  private readonly parts = new Column();
  private readonly entries = new Column();
  private readonly flags = new Column((size) => new Uint8Array(size));
  private readonly strings = new Strings();

  /** `sentences`: every sentence findings are added for, by the index given to addFindings (it may grow meanwhile). */
  constructor(readonly sentences: SentenceRefs) {}

  get count(): number {
    return this.sentenceOf.length;
  }

  /**
   * The findings of consecutive sentences, the first being sentence `first`, with their
   * candidates' gazetteer entries as indexes (gazetteerRefsOf), in order.
   */
  addFindings(findings: SentenceFindings[], gazetteerRefs: Int32Array, first: number): void {
    const once = (s: string) => this.strings.list[this.strings.of(s)]!;
    let r = 0;
    findings.forEach((f, i) => {
      for (const [short, long] of f.acronyms) this.acronyms.push([once(short), once(long)]);
      for (const c of f.candidates) {
        this.sentenceOf.push(first + i);
        this.starts.push(c.start);
        this.ends.push(c.end);
        this.texts.push(this.strings.of(c.text));
        this.keys.push(this.strings.of(c.key));
        this.types.push(c.type === null ? NO_TYPE : this.strings.of(c.type));
        this.parts.push(this.strings.of(c.pos));
        this.entries.push(gazetteerRefs[r++]!);
        this.flags.push((c.titled ? TITLED : 0) | (c.initial ? INITIAL : 0));
      }
    });
    if (r !== gazetteerRefs.length) throw new Error(`Found.addFindings: ${gazetteerRefs.length} gazetteer references for ${r} candidates`);
  }

  /** The candidate's sentence, as its index in `sentences`. */
  sentence(k: number): number {
    return this.sentenceOf.data[k]!;
  }
  /** The source of the candidate's sentence. */
  sourceId(k: number): string {
    return this.sentences.sourceId(this.sentenceOf.data[k]!);
  }
  start(k: number): number {
    return this.starts.data[k]!;
  }
  end(k: number): number {
    return this.ends.data[k]!;
  }
  text(k: number): string {
    return this.strings.list[this.texts.data[k]!]!;
  }
  key(k: number): string {
    return this.strings.list[this.keys.data[k]!]!;
  }
  /** What the words themselves say about the type, if anything. */
  type(k: number): EntityType | null {
    const t = this.types.data[k]!;
    return t === NO_TYPE ? null : (this.strings.list[t] as EntityType);
  }
  pos(k: number): string {
    return this.strings.list[this.parts.data[k]!]!;
  }
  titled(k: number): boolean {
    return (this.flags.data[k]! & TITLED) !== 0;
  }
  initial(k: number): boolean {
    return (this.flags.data[k]! & INITIAL) !== 0;
  }
  gazetteer(k: number, gazetteer: Gazetteer): GazetteerEntry | null {
    return gazetteer.entries[this.entries.data[k]!] ?? null;
  }
}

const entryIndexes = new WeakMap<Gazetteer, Map<GazetteerEntry, number>>();

/** Each candidate's gazetteer entry as its index in the gazetteer's entries (−1 for none), in order. */
export function gazetteerRefsOf(findings: SentenceFindings[], gazetteer: Gazetteer): Int32Array {
  let index = entryIndexes.get(gazetteer);
  if (!index) entryIndexes.set(gazetteer, (index = new Map(gazetteer.entries.map((e, i) => [e, i]))));
  const refs: number[] = [];
  for (const f of findings) {
    for (const c of f.candidates) {
      const i = c.gazetteer ? index.get(c.gazetteer) : -1;
      if (i === undefined) throw new Error(`gazetteer entry "${c.gazetteer!.name}" is not one of the gazetteer's entries`);
      refs.push(i);
    }
  }
  return Int32Array.from(refs);
}

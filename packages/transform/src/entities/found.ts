import type { Candidate } from './candidates';
import type { EntityType, Gazetteer, GazetteerEntry } from './gazetteer';
import type { SentenceFindings, SentenceRef } from './resolve';

const TITLED = 1;
const INITIAL = 2;

/**
 * Every name candidate of the corpus, numbered in the order found, as columns: resolution
 * needs all of them at once (millions at 100,000 articles), and as objects each cost
 * hundreds of bytes. Strings (texts, keys, types, parts of speech) recur and are kept once,
 * by number; the gazetteer entry is kept as its index in the gazetteer's entries.
 */
export class Found {
  count = 0;
  /** [acronym, name key of its long form] of every definition found ("… Pakistan (TTP)"). */
  readonly acronyms: [string, string][] = [];
  private sentenceOf = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private texts = new Int32Array(1024);
  private keys = new Int32Array(1024);
  private types = new Int32Array(1024);
  private parts = new Int32Array(1024);
  private entries = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private readonly strings: (string | null)[] = [];
  private readonly stringIds = new Map<string | null, number>();

  /** `sentences`: every sentence findings are added for, by the index given to addFindings (it may grow meanwhile). */
  constructor(private readonly sentences: SentenceRef[]) {}

  /**
   * The findings of consecutive sentences, the first being sentence `first`, with their
   * candidates' gazetteer entries as indexes (gazetteerRefsOf), in order.
   */
  addFindings(findings: SentenceFindings[], gazetteerRefs: Int32Array, first: number): void {
    let r = 0;
    findings.forEach((f, i) => {
      for (const pair of f.acronyms) this.acronyms.push([this.once(pair[0]) as string, this.once(pair[1]) as string]);
      for (const c of f.candidates) this.add(c, first + i, gazetteerRefs[r++]!);
    });
    if (r !== gazetteerRefs.length) throw new Error(`Found.addFindings: ${gazetteerRefs.length} gazetteer references for ${r} candidates`);
  }

  private add(c: Candidate, sentence: number, entry: number): void {
    if (this.count === this.starts.length) this.grow();
    const k = this.count++;
    this.sentenceOf[k] = sentence;
    this.starts[k] = c.start;
    this.ends[k] = c.end;
    this.texts[k] = this.id(c.text);
    this.keys[k] = this.id(c.key);
    this.types[k] = this.id(c.type);
    this.parts[k] = this.id(c.pos);
    this.entries[k] = entry;
    this.flags[k] = (c.titled ? TITLED : 0) | (c.initial ? INITIAL : 0);
  }

  sentence(k: number): SentenceRef {
    return this.sentences[this.sentenceOf[k]!]!;
  }
  start(k: number): number {
    return this.starts[k]!;
  }
  end(k: number): number {
    return this.ends[k]!;
  }
  text(k: number): string {
    return this.strings[this.texts[k]!]!;
  }
  key(k: number): string {
    return this.strings[this.keys[k]!]!;
  }
  /** What the words themselves say about the type, if anything. */
  type(k: number): EntityType | null {
    return this.strings[this.types[k]!] as EntityType | null;
  }
  pos(k: number): string {
    return this.strings[this.parts[k]!]!;
  }
  titled(k: number): boolean {
    return (this.flags[k]! & TITLED) !== 0;
  }
  initial(k: number): boolean {
    return (this.flags[k]! & INITIAL) !== 0;
  }
  gazetteer(k: number, gazetteer: Gazetteer): GazetteerEntry | null {
    return gazetteer.entries[this.entries[k]!] ?? null;
  }

  private id(s: string | null): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.stringIds.set(s, id);
    }
    return id;
  }

  private once(s: string): string {
    return this.strings[this.id(s)]!;
  }

  private grow(): void {
    const n = 2 * this.starts.length;
    const int = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.sentenceOf = int(this.sentenceOf);
    this.starts = int(this.starts);
    this.ends = int(this.ends);
    this.texts = int(this.texts);
    this.keys = int(this.keys);
    this.types = int(this.types);
    this.parts = int(this.parts);
    this.entries = int(this.entries);
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
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

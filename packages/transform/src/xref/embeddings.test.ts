import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { beforeAll, describe, expect, it } from 'vitest';
import { Embeddings } from './embeddings';

describe('Embeddings', () => {
  // On a fresh install the first use builds the word-vector cache from the npm package: seconds.
  beforeAll(() => void Embeddings.get(), 180_000);

  it('finds related words closer than unrelated ones', () => {
    const e = Embeddings.get();
    const rank = (w: string) => e.rank(w)!;
    expect(e.cosine(rank('terrorist'), rank('extremist'))).toBeGreaterThan(e.cosine(rank('terrorist'), rank('border')));
    expect(e.cosine(rank('haven'), rank('haven'))).toBeCloseTo(1, 2);
    expect(e.rank('qzxv')).toBeNull();
  });

  // The kernel's numbers against a dot product written out here.
  const reference = (e: Embeddings, i: number, j: number) => {
    const [x, y] = [e.vector(i), e.vector(j)];
    let dot = 0;
    for (let k = 0; k < x.length; k++) dot += x[k]! * y[k]!;
    return dot / (127 * 127);
  };

  it('computes cosine() and cosines() exactly, with 0 for words without a vector, beyond one call of the kernel', () => {
    const e = Embeddings.get();
    expect(e.vector(0)).toHaveLength(100);
    // Ranks spread over the whole table, a few missing (−1); more than one kernel call holds.
    const n = 20_000;
    const ranks = Int32Array.from({ length: n }, (_, i) => (i % 97 === 0 ? -1 : (i * 7919) % 200_000));
    for (const o of [0, 1234, 199_999]) {
      const out = new Float64Array(n);
      e.cosines(o, ranks, n, out);
      for (let i = 0; i < n; i++) {
        const r = ranks[i]!;
        const want = r < 0 ? 0 : reference(e, o, r);
        if (out[i] !== want || (r >= 0 && e.cosine(o, r) !== want)) expect.fail(`rank ${o} vs ${r}: ${out[i]}, ${e.cosine(o, r)} ≠ ${want}`);
      }
    }
  });

  it('runs the kernel that dots.wat assembles to', async () => {
    const wabt = await wabtInit();
    const module = wabt.parseWat('dots.wat', readFileSync(new URL('./dots.wat', import.meta.url), 'utf8'), { simd: true });
    const built = Buffer.from(module.toBinary({}).buffer);
    module.destroy();
    expect(built.equals(readFileSync(new URL('./dots.wasm', import.meta.url)))).toBe(true);
  });
});

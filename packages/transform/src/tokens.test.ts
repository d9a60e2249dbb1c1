import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packTokens, readPackedTokens, tokenize, unpackTokens, writePackedTokens } from './tokens';

const RAW = join(import.meta.dirname, '..', '..', '..', 'data', 'raw');

describe('packTokens / unpackTokens', () => {
  it('gives back exactly the tokens of every line of the seed articles (curly quotes, U+2011 hyphens, names)', () => {
    const lines = readdirSync(RAW).flatMap((f) => readFileSync(join(RAW, f), 'utf8').split('\n')).filter((l) => l.trim());
    const tokens = lines.map(tokenize);
    const packed = packTokens(tokens);
    expect(packed.lemmas.length).toBeGreaterThan(0);
    expect(unpackTokens(packed, lines)).toEqual(tokens);
  });

  it('keeps sentences apart, empty ones included', () => {
    const texts = ['Officials said it.', '', 'The anti-Pakistan groups were banned.'];
    const tokens = texts.map(tokenize);
    expect(unpackTokens(packTokens(tokens), texts)).toEqual(tokens);
  });
});

describe('writePackedTokens / readPackedTokens', () => {
  it('round-trips the packed tokens of the seed articles through a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
    try {
      const lines = readdirSync(RAW).flatMap((f) => readFileSync(join(RAW, f), 'utf8').split('\n'));
      const tokens = lines.map(tokenize);
      const file = join(dir, 'batch-0.tokens');
      writePackedTokens(file, packTokens(tokens));
      expect(unpackTokens(readPackedTokens(file), lines)).toEqual(tokens);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a truncated file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
    try {
      const file = join(dir, 'batch-0.tokens');
      writePackedTokens(file, packTokens(['Officials said it.', 'It was banned.'].map(tokenize)));
      writeFileSync(file, readFileSync(file).subarray(0, -3));
      expect(() => readPackedTokens(file)).toThrow(/truncated/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packTokens, tokenize, unpackTokens } from './tokens';

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

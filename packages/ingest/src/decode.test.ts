import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from './decode';

const sample = 'Tehreek‑e‑Taliban “said” naïve café — 1,873';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(sample))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]))).toEqual({ text: sample, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')]);
    expect(decodeText(le)).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('converts legacy single-byte text and records the encoding', () => {
    const latin = 'The naïve café owner said “no” — twice, and the résumé was déjà vu for everyone in the région. '.repeat(4);
    const bytes = iconv.encode(latin, 'windows-1252');
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(latin);
    expect(decoded.encoding).toMatch(/windows-1252|iso-8859-1/);
  });

  it('refuses binary data', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]))).toThrow(DecodeError);
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]))).toThrow(/binary/);
  });

  it('refuses UTF-8 with corrupt bytes instead of garbling it', () => {
    const bytes = Buffer.concat([Buffer.from('Good “text” here '), Buffer.from([0xc3, 0x28]), Buffer.from(' and more')]);
    expect(() => decodeText(bytes)).toThrow(/invalid UTF-8 at byte 21/);
  });

  it('refuses UTF-16 with an odd byte count or unpaired surrogates', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(/odd number of bytes/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toThrow(/unpaired surrogate/);
  });
});

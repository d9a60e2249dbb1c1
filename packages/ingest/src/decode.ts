import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

/** Thrown for bytes that are not text we can trust; the message is the reject reason. */
export class DecodeError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Single-byte encodings we accept when a file is not valid UTF-8; chardet's guess is
// honoured only among these, anything else is read as windows-1252 (a superset of Latin-1).
const LEGACY = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-2', 'iso-8859-15', 'windows-1250', 'windows-1251', 'koi8-r', 'iso-8859-5', 'iso-8859-7', 'windows-1253', 'iso-8859-9', 'windows-1254']);

/**
 * Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy single-byte
 * encoding. Binary data and corrupt UTF-8/UTF-16 are refused, never guessed at.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new DecodeError('binary file (NUL or control bytes), not text');
  try {
    return { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // not UTF-8: fall through to the legacy check
  }
  if (hasBom) throw new DecodeError(`invalid UTF-8 after a UTF-8 byte-order mark (at byte ${firstInvalidUtf8(body) + 3})`);
  const validMultibyte = countUtf8Sequences(body);
  if (validMultibyte > 0) {
    // Real UTF-8 with a few bad bytes: reading it as Latin-1 would garble every accented
    // letter and curly quote, so the file is refused rather than silently corrupted.
    throw new DecodeError(`invalid UTF-8 at byte ${firstInvalidUtf8(body)} in a file that is otherwise UTF-8`);
  }
  const guess = (chardet.detect(body) ?? '').toLowerCase();
  const encoding = LEGACY.has(guess) ? guess : 'windows-1252';
  return { text: iconv.decode(Buffer.from(body), encoding), encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw new DecodeError(`invalid ${encoding.toUpperCase()}: odd number of bytes`);
  const text = iconv.decode(Buffer.from(body), encoding);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    throw new DecodeError(`invalid ${encoding.toUpperCase()}: unpaired surrogate`);
  }
  if (looksBinaryText(text)) throw new DecodeError('binary data behind a UTF-16 byte-order mark');
  return { text, encoding };
}

const SAMPLE = 65536;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.01;
}

function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.01;
}

/** Number of well-formed multi-byte UTF-8 sequences. */
function countUtf8Sequences(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || b >= 0xf5) continue;
    let ok = i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      count++;
      i += len - 1;
    }
  }
  return count;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // lo is the byte that broke the sequence; report where that sequence began.
  for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
    if ((bytes[k]! & 0xc0) === 0xc0) return k;
    if ((bytes[k]! & 0xc0) !== 0x80) break;
  }
  return lo;
}

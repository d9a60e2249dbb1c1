// The canonical stored text of a source. Every offset in the dataset indexes into it, so
// this is the only place text is changed: Unicode NFC, one kind of newline, single spaces,
// paragraphs separated by one blank line. Characters themselves (curly quotes, U+2011
// non-breaking hyphens, accents) are kept as the source wrote them.

const NEWLINES = /\r\n|[\r\u2028\u2029\u0085\f\v]/g;
// Invisible characters that only get in the way of matching: BOM, zero-width space, soft
// hyphen, C0/C1 control codes other than tab and newline.
const INVISIBLE = /[\uFEFF\u200B\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// A line that ends without closing punctuation, followed by one starting in lower case,
// is a hard-wrapped line of the same paragraph (e-mail and plain-text archives wrap at ~72).
const ENDS_OPEN = /[\p{L}\p{N},\u2010-\u2014-]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export const PARAGRAPH_SEPARATOR = '\n\n';

export function normaliseText(raw: string): string {
  const lines = raw
    .normalize('NFC')
    .replace(NEWLINES, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim());

  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
    } else if (current && ENDS_OPEN.test(current) && STARTS_LOWER.test(line)) {
      current += ' ' + line;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

const WORD = /[\p{L}\p{N}]+(?:['’\u2010\u2011.,-][\p{L}\p{N}]+)*/gu;

/** Word tokens: runs of letters or digits, with inner apostrophes, hyphens, points and commas. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

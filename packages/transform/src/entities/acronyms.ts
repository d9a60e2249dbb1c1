// Acronym definitions in the style of Schwartz & Hearst (2003): "Long Form (SF)" and
// "SF (Long Form)". The short form's characters must appear in order in the long form,
// its first character starting a word. Definitions are learned across the whole corpus.

export interface AcronymDefinition {
  short: string;
  long: string;
  /** Offsets of the long form within the text that was searched. */
  longStart: number;
  longEnd: number;
}

const SHORT_FORM = /^(?=.*\p{Lu})[\p{L}\p{N}][\p{L}\p{N}.&/\u2010-\u2015-]{1,9}$/u;

/** Every acronym definition in one sentence. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  const paren = /\(([^()]{1,120})\)/g;
  for (let m = paren.exec(text); m; m = paren.exec(text)) {
    const inner = m[1]!.trim();
    const before = text.slice(0, m.index).trimEnd();
    const innerWords = inner.split(/\s+/);
    if (innerWords.length <= 2 && SHORT_FORM.test(inner.replace(/\s+/g, ''))) {
      // Long Form (SF): the long form ends right before the parenthesis.
      const def = longFormBefore(inner, before);
      if (def) found.push(def);
    } else {
      // SF (Long Form): the short form is the word before the parenthesis.
      const word = /(\S+)$/.exec(before);
      const candidate = word?.[1]?.replace(/[,;:]$/, '');
      if (candidate && SHORT_FORM.test(candidate) && candidate.length < inner.length) {
        const long = bestLongForm(candidate, inner);
        if (long && valid(candidate, long)) {
          const start = m.index + 1 + m[1]!.indexOf(inner) + (inner.length - long.length);
          found.push({ short: candidate, long, longStart: start, longEnd: start + long.length });
        }
      }
    }
  }
  return found;
}

function longFormBefore(short: string, before: string): AcronymDefinition | null {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  const maxWords = Math.min(letters + 5, letters * 2);
  const words = before.split(/\s+/);
  const window = words.slice(-maxWords).join(' ');
  const long = bestLongForm(short, window);
  if (!long || !valid(short, long)) return null;
  const start = before.length - long.length;
  return { short, long, longStart: start, longEnd: before.length };
}

/** Schwartz & Hearst's right-to-left match: the shortest long form ending the window. */
export function bestLongForm(short: string, window: string): string | null {
  const sf = short.toLowerCase();
  const lf = window.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (s >= 0) {
    const c = sf[s]!;
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while ((l >= 0 && lf[l] !== c) || (s === 0 && l > 0 && isAlnum(lf[l - 1]))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const start = lf.lastIndexOf(' ', l) + 1;
  return window.slice(start);
}

function valid(short: string, long: string): boolean {
  const words = long.split(/\s+/).length;
  return (
    long.length > short.length &&
    words >= 2 - Number(/[\u2010-\u2015-]/.test(long)) &&
    !long.toLowerCase().includes(short.toLowerCase()) &&
    /^[\p{Lu}\p{N}]|^(al|el|ad|as|at|ar|az)[\u2010-\u2015-]/u.test(long)
  );
}

import { tokenize, type Token } from '../tokens';

// Numeric expressions in one sentence: "over 150 violent incidents", "$4.5 billion",
// "a 1,229‑kilometre border", "millions of Afghans". Years, dates, clock times and codes
// ("COVID-19", "Resolution 1267") are deliberately skipped: they are not amounts.

export interface Quantity {
  start: number;
  end: number;
  /** The expression as written (qualifier, currency, number, scale, unit), never the counted noun. */
  text: string;
  /** Normalised value; for a range, the lower bound. */
  value: number;
  /** Upper bound of a range ("100-150", "between 100 and 150"). */
  upper?: number;
  /** "km", "mile", "percent", "USD", "year", … or null. */
  unit: string | null;
  /** Head noun phrase after the number: "1,873 militants" → "militants". */
  counted: string | null;
  /** "over", "at least", …, vague plurals ("millions"), "range"; null when exact. */
  qualifier: string | null;
}

// --- lexicon -------------------------------------------------------------------------

/**
 * A word list without a prototype: looking up any word of a text must not find Object's own
 * properties ("constructor" was read as a number).
 */
function lexicon<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const SMALL = lexicon<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = lexicon<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
// Scale words multiply what precedes them; exponents keep "2.3 million" exact (no 2299999.99…).
const SCALE_EXP = lexicon<number>({
  hundred: 2, thousand: 3, lakh: 5, lakhs: 5, million: 6, crore: 7, crores: 7, billion: 9, trillion: 12,
  mn: 6, bn: 9, tn: 12,
});
// Abbreviations that are only scales when glued to the digits ("3k", "€2m", "$4.5b").
const GLUED_SCALE_EXP = lexicon<number>({ k: 3, m: 6, b: 9 });
const VAGUE = lexicon<number>({
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

const UNITS = lexicon<string>({
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', minute: 'minute', minutes: 'minute',
  percent: 'percent',
});
const CURRENCY_SYMBOL = lexicon<string>({ '$': 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' });
const CURRENCY_CODE = lexicon<string>({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', pkr: 'PKR', inr: 'INR', afn: 'AFN', cny: 'CNY', rs: 'PKR',
});
const CURRENCY_WORD = lexicon<string>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  afghani: 'AFN', afghanis: 'AFN', yuan: 'CNY', rupee: 'rupee', rupees: 'rupee',
});
const RUPEE_NATION = lexicon<string>({ pakistani: 'PKR', indian: 'INR' });

// Multi-word qualifiers first so "more than" wins over a shorter match.
const QUALIFIERS = [
  'more than', 'at least', 'up to', 'less than', 'fewer than', 'as many as', 'an estimated',
  'over', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'under', 'some', 'between',
].map((q) => q.split(' '));

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Words after which a 4-digit number is a year ("in 2021", "since 2021", "by 2030").
const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'to', 'through',
  'early', 'late', 'mid', 'year', 'fiscal', 'and', 'between', 'the', 'summer', 'winter', 'spring', 'autumn',
]);
// Labels whose number is an identifier, not an amount ("Resolution 1267", "Article 370").
const LABELS = new Set([
  'resolution', 'article', 'section', 'chapter', 'clause', 'paragraph', 'flight', 'page', 'phase',
  'act', 'amendment', 'rule', 'number', 'volume', 'vol', 'part', 'route', 'highway',
]);
// "one" after these is a pronoun ("the one", "no one", "each one").
const PRONOUN_ONE_BEFORE = new Set(['the', 'this', 'that', 'no', 'any', 'every', 'each', 'which', 'only', 'another']);
const PRONOUN_ONE_AFTER = new Set(['of', 'another', 'who', 'which', 'that', 'or', 'such']);

const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths']);

const DASH = /^[-\u2010-\u2015\u2212]$/u;

// --- tokens --------------------------------------------------------------------------

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
  kind: 'num' | 'word' | 'sym';
}

// Numbers keep their separators ("1,873", "2.3"); a thousands group must be exactly 3 digits.
const TOKEN = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/gu;

function lex(s: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const start = m.index;
    const prev = toks[toks.length - 1];
    const text = m[0];
    toks.push({
      text, lower: text.toLowerCase(), start, end: start + text.length,
      glued: prev !== undefined && prev.end === start,
      kind: /^\d/.test(text) ? 'num' : /^\p{L}/u.test(text) ? 'word' : 'sym',
    });
  }
  return toks;
}

// --- parsing -------------------------------------------------------------------------

interface Core {
  value: number;
  end: number; // token index after the core
  kind: 'digits' | 'words' | 'vague';
  scaled: boolean;
  /** Power of ten of a digits scale ("million" → 6), reused by "2-3 million". */
  exp?: number;
  qualifier?: string; // vague plural phrase, e.g. "hundreds of thousands"
}

const digitsOf = (t: Tok) => t.text.replace(/,/g, '');

/** Digits with an optional scale word: "1,873", "2.3 million", "4.5bn", "3k". */
function parseDigits(toks: Tok[], k: number, money: boolean): Core | null {
  const t = toks[k];
  if (t?.kind !== 'num') return null;
  const raw = digitsOf(t);
  const next = toks[k + 1];
  let exp = next ? SCALE_EXP[next.lower] : undefined;
  // Glued "m"/"b" means million/billion only for money ("€2m"); otherwise "5m" is metres.
  if (exp === undefined && next?.glued && (next.lower === 'k' || money)) exp = GLUED_SCALE_EXP[next.lower];
  if (exp !== undefined) return { value: Number(`${raw}e${exp}`), end: k + 2, kind: 'digits', scaled: true, exp };
  if (next?.lower === 'dozen') return { value: Number(raw) * 12, end: k + 2, kind: 'digits', scaled: true };
  return { value: Number(raw), end: k + 1, kind: 'digits', scaled: false };
}

/** Number words: "three", "twenty-five", "two hundred and fifty", "a dozen", "a million". */
function parseWords(toks: Tok[], k: number): Core | null {
  let total = 0;
  let current = 0;
  let i = k;
  let seen = false;
  let scaled = false;
  if (toks[k]?.lower === 'a') {
    const n = toks[k + 1]?.lower ?? '';
    if (n !== 'dozen' && SCALE_EXP[n] === undefined) return null;
    current = 1;
    i++;
  }
  for (;;) {
    const t = toks[i];
    if (!t || t.kind !== 'word') break;
    const w = t.lower;
    if (SMALL[w] !== undefined && !seen) current += SMALL[w];
    else if (SMALL[w] !== undefined && current % 100 === 0) current += SMALL[w];
    else if (TENS[w] !== undefined && current % 100 === 0) {
      current += TENS[w];
      // "twenty-five" with any dash
      const d = toks[i + 1];
      const u = toks[i + 2];
      if (d && u && d.glued && u.glued && DASH.test(d.text) && SMALL[u.lower] !== undefined && SMALL[u.lower]! < 10) {
        current += SMALL[u.lower]!;
        i += 2;
      }
    } else if (w === 'hundred' && (seen || current === 1)) { current = (current || 1) * 100; scaled = true; }
    else if (w === 'dozen' && (seen || current === 1)) { current = (current || 1) * 12; scaled = true; }
    else if (SCALE_EXP[w] !== undefined && w.length > 2 && (seen || current === 1)) {
      total += (current || 1) * 10 ** SCALE_EXP[w]!;
      current = 0;
      scaled = true;
    } else if (w === 'and' && seen && scaled) {
      // "two hundred and fifty": only consume "and" if a number word follows.
      const n = toks[i + 1]?.lower ?? '';
      if (SMALL[n] === undefined && TENS[n] === undefined) break;
    } else break;
    seen = true;
    i++;
  }
  if (!seen) return null;
  return { value: total + current, end: i, kind: 'words', scaled };
}

/** "millions", "dozens", "hundreds of thousands", "several hundred". */
function parseVague(toks: Tok[], k: number): Core | null {
  const w = toks[k]?.lower ?? '';
  if (w === 'several') {
    const n = toks[k + 1]?.lower ?? '';
    const exp = SCALE_EXP[n];
    if (n === 'dozen') return { value: 12, end: k + 2, kind: 'vague', scaled: true, qualifier: 'several' };
    if (exp === undefined || n.length <= 2) return null;
    return { value: 10 ** exp, end: k + 2, kind: 'vague', scaled: true, qualifier: 'several' };
  }
  const v = VAGUE[w];
  if (v === undefined) return null;
  // "tens of thousands", "hundreds of millions"
  const of = toks[k + 1]?.lower;
  const more = VAGUE[toks[k + 2]?.lower ?? ''];
  if (of === 'of' && more !== undefined && more >= 1000) {
    return { value: v * more, end: k + 3, kind: 'vague', scaled: true, qualifier: `${w} of ${toks[k + 2]!.lower}` };
  }
  if (w === 'tens' || (w === 'scores' && of !== 'of')) return null; // too ambiguous alone
  return { value: v, end: k + 1, kind: 'vague', scaled: true, qualifier: w };
}

/** Currency written before the number: "$", "US$", "Rs", "Rs.", "PKR". Returns its first token index. */
function currencyBefore(toks: Tok[], k: number, min: number): { code: string; start: number } | null {
  const p = toks[k - 1];
  if (!p || k - 1 < min) return null;
  if (CURRENCY_SYMBOL[p.text]) {
    const us = toks[k - 2];
    if (us && k - 2 >= min && p.glued && us.text === 'US') return { code: 'USD', start: k - 2 };
    return { code: CURRENCY_SYMBOL[p.text]!, start: k - 1 };
  }
  if (p.text === '.' && toks[k - 2]?.text === 'Rs' && p.glued && k - 2 >= min) return { code: 'PKR', start: k - 2 };
  const code = CURRENCY_CODE[p.lower];
  if (code && (p.text === p.text.toUpperCase() || p.text === 'Rs')) return { code, start: k - 1 };
  return null;
}

function qualifierBefore(toks: Tok[], k: number, min: number): { q: string; start: number } | null {
  for (const words of QUALIFIERS) {
    const s = k - words.length;
    if (s < min) continue;
    if (words.every((w, j) => toks[s + j]!.lower === w)) return { q: words.join(' '), start: s };
  }
  return null;
}

/** Unit, percent or currency word after the number; returns the unit and the token index after it. */
function unitAfter(toks: Tok[], i: number, hasCurrency: boolean): { unit: string; end: number; compound?: string } | null {
  const t = toks[i];
  if (!t) return null;
  const n1 = toks[i + 1];
  const n2 = toks[i + 2];
  if (t.text === '%') return { unit: 'percent', end: i + 1 };
  if (t.lower === 'per' && n1?.lower === 'cent') return { unit: 'percent', end: i + 2 };
  if (t.lower === 'percentage' && /^points?$/.test(n1?.lower ?? '')) return { unit: 'percentage point', end: i + 2 };
  if (t.lower === 'square' || t.lower === 'sq') {
    if (n1 && UNITS[n1.lower] === 'km') return { unit: 'km2', end: i + 2 };
    if (n1?.lower === 'miles' || n1?.lower === 'mile') return { unit: 'sq mile', end: i + 2 };
  }
  if (t.lower === 'km' && n1?.text === '²' && n1.glued) return { unit: 'km2', end: i + 2 };
  if (!hasCurrency) {
    if (RUPEE_NATION[t.lower] && /^rupees?$/.test(n1?.lower ?? '')) return { unit: RUPEE_NATION[t.lower]!, end: i + 2 };
    if (t.text === 'US' && /^dollars?$/.test(n1?.lower ?? '')) return { unit: 'USD', end: i + 2 };
    if (CURRENCY_WORD[t.lower]) return { unit: CURRENCY_WORD[t.lower]!, end: i + 1 };
    const code = CURRENCY_CODE[t.lower];
    if (code && t.text === t.text.toUpperCase() && t.lower !== 'rs') return { unit: code, end: i + 1 };
  }
  // Hyphenated compound with any dash: "1,229‑kilometre", "20-year-old", "12-member".
  if (DASH.test(t.text) && t.glued && n1?.glued && n1.kind === 'word') {
    const unit = UNITS[n1.lower];
    if (unit) {
      const old = n2 && DASH.test(n2.text) && n2.glued && toks[i + 3]?.lower === 'old' && toks[i + 3]!.glued;
      return { unit, end: old ? i + 4 : i + 2 };
    }
    return { unit: '', end: i + 2, compound: n1.text };
  }
  if (t.kind === 'word' && UNITS[t.lower] && !(t.lower === 'm' && !t.glued && n1?.kind === 'word')) {
    return { unit: UNITS[t.lower]!, end: i + 1 };
  }
  return null;
}

function isYearLike(t: Tok | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= 1800 && +t.text <= 2100;
}
const isMonth = (t: Tok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && MONTHS.has(t.lower);

/** Reasons a number token is not a quantity at all: dates, times, codes, ordinals, labels. */
function notAQuantity(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (t.kind !== 'num') return false;
  // Glued to letters before: "G20", "COVID-19", "F-16".
  if (t.glued && prev?.kind === 'word') return true;
  if (t.glued && prev && DASH.test(prev.text) && prev.glued && toks[k - 2]?.kind === 'word') return true;
  // Glued letters after that are no scale/unit: "0n", "20th", "1990s", "5pm".
  if (next?.glued && next.kind === 'word' && SCALE_EXP[next.lower] === undefined
    && GLUED_SCALE_EXP[next.lower] === undefined && UNITS[next.lower] === undefined) return true;
  if (next?.glued && next.kind === 'num') return true; // "2019,2020" leftovers
  // Clock times: "10:30", "5 pm", "5 p.m.", "5 o'clock".
  if (next?.text === ':' && next.glued && toks[k + 2]?.kind === 'num') return true;
  if (t.glued && prev?.text === ':') return true;
  if (next && /^(am|pm|a|p|o['’]clock)$/.test(next.lower) && (next.lower.length > 1 || toks[k + 2]?.text === '.')) return true;
  // Day of month next to a month name: "20 November", "November 20", "20 of November".
  const n = Number(t.text);
  if (Number.isInteger(n) && n >= 1 && n <= 31 && (isMonth(next) || isMonth(prev))) return true;
  if (isYearLike(t) && isMonth(prev)) return true; // "August 2021"
  // Identifiers: "Resolution 1267", "No. 5".
  if (prev && LABELS.has(prev.lower) && /^\p{Lu}/u.test(prev.text)) return true;
  if (prev?.text === '.' && toks[k - 2]?.text === 'No') return true;
  // Version labels: "Taliban 2.0", "Web 3.0".
  if (/^\d+\.0$/.test(t.text) && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text)) return true;
  return false;
}

// --- counted noun --------------------------------------------------------------------

const COUNTED_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
// Time words the tagger reads as adjectives/nouns; they start an adverbial, not the counted phrase
// ("300 people last year", "40 soldiers yesterday", "12 villages in March" is cut by "in" already).
const COUNTED_STOP = new Set([
  'last', 'next', 'this', 'that', 'these', 'those', 'every', 'each', 'past', 'previous', 'ago',
  'today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'annually',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', ...MONTHS,
]);

/** Head noun phrase starting at `offset`: up to 4 adjective/noun words ("violent incidents"). */
function countedAt(sentence: string, tags: Token[], offset: number, skipOf: boolean): string | null {
  let i = tags.findIndex((t) => t.start >= offset);
  if (i < 0) return null;
  if (skipOf && tags[i]!.text.toLowerCase() === 'of') i++; // "millions of Afghans"
  // Hyphen-joined pieces ("counter‑terrorism") form one word, tagged like its last piece.
  const words: { start: number; end: number; pos: string; text: string }[] = [];
  for (; i < tags.length; i++) {
    const t = tags[i]!;
    const next = tags[i + 1];
    const last = words[words.length - 1];
    if (last && last.end === t.start && DASH.test(t.text) && next && !next.spaceBefore && next.start === t.end) {
      last.end = next.end;
      last.pos = next.pos;
      i++;
    } else words.push({ start: t.start, end: t.end, pos: /^\p{L}/u.test(t.text) ? t.pos : 'PUNCT', text: t.text.toLowerCase() });
  }
  let n = 0;
  while (n < words.length && n < 4 && COUNTED_POS.has(words[n]!.pos) && !COUNTED_STOP.has(words[n]!.text)) n++;
  // Trailing adjectives are predicates ("12 percent higher", "three soldiers dead"),
  // except after a proper noun ("one Chinese national").
  while (n > 0 && words[n - 1]!.pos === 'ADJ' && words[n - 2]?.pos !== 'PROPN') n--;
  if (n === 0) return null;
  return sentence.slice(words[0]!.start, words[n - 1]!.end);
}

// --- main ----------------------------------------------------------------------------

// A quantity starts at digits or at one of these words (see parseDigits, parseWords and
// parseVague): a sentence with neither has none, and most sentences have none.
const NUMBER_WORDS = [...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALE_EXP), ...Object.keys(VAGUE), 'dozen', 'several'];
const MAY_HOLD_QUANTITY = new RegExp(`\\d|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'i');

export function extractQuantities(sentence: string, tagged?: Token[]): Quantity[] {
  if (!MAY_HOLD_QUANTITY.test(sentence)) return [];
  const toks = lex(sentence);
  // The caller's tokens of the same sentence, when it has them, spare a second tagging.
  let tags: Token[] | undefined = tagged;
  // POS tags only when a number is found; the tagger is the expensive part.
  const counted = (offset: number, skipOf: boolean) => countedAt(sentence, (tags ??= tokenize(sentence)), offset, skipOf);
  const out: Quantity[] = [];
  let min = 0; // first token not used by a previous quantity
  for (let k = 0; k < toks.length; k++) {
    if (k < min) continue;
    const money = currencyBefore(toks, k, min);
    if (notAQuantity(toks, k)) continue;
    const core = parseDigits(toks, k, !!money) ?? parseWords(toks, k) ?? parseVague(toks, k);
    if (!core) continue;
    const qual = qualifierBefore(toks, money ? money.start : k, min);
    let qualifier = core.qualifier ?? (qual && qual.q !== 'between' ? qual.q : null);
    let end = core.end;
    let value = core.value;
    let upper: number | undefined;

    // Ranges: "100-150", "100 to 150", "between 100 and 150" (not "from 100 to 150": a change).
    const sep = toks[end];
    const fromBefore = toks[k - 1]?.lower === 'from' || toks[(money?.start ?? k) - 1]?.lower === 'from';
    const rangeSep = sep && core.kind !== 'vague'
      && (DASH.test(sep.text) || (sep.lower === 'to' && !fromBefore) || (sep.lower === 'and' && qual?.q === 'between'));
    if (rangeSep) {
      let b = end + 1;
      if (currencyBefore(toks, b + 1, b)) b++; // "$1-$2 million"
      const other = !notAQuantity(toks, b) ? (parseDigits(toks, b, !!money) ?? parseWords(toks, b)) : null;
      if (isYearLike(toks[k]) && !core.scaled && (isYearLike(toks[b]) || /^\d{2}$/.test(toks[b]?.text ?? ''))) {
        min = b + 1; // "2019-2021", "2020-21": years
        continue;
      }
      if (other && other.kind === core.kind && toks[b]?.kind === toks[k]?.kind) {
        // "2-3 million": the scale written once applies to both ends.
        if (!core.scaled && other.exp !== undefined) value = Number(`${digitsOf(toks[k]!)}e${other.exp}`);
        upper = other.value;
        end = other.end;
        qualifier = 'range';
      }
    }

    const unitInfo = core.kind !== 'vague' ? unitAfter(toks, end, !!money) : null;
    let unit = money?.code ?? null;
    let compound: string | undefined;
    if (unitInfo) {
      if (unitInfo.unit) unit = unitInfo.unit;
      compound = unitInfo.compound;
      end = unitInfo.end;
    }
    const startTok = qual && qualifier !== null ? qual.start : money ? money.start : k;
    const start = toks[startTok]!.start;
    const endOff = toks[end - 1]!.end;
    const noun = compound ?? counted(endOff, core.kind === 'vague');

    // Years: a bare 1800–2100 number is a year unless something marks it as an amount.
    const bare = !money && !qualifier && !core.scaled && !unitInfo;
    if (isYearLike(toks[k]) && bare && (!noun || YEAR_CUES.has(toks[k - 1]?.lower ?? ''))) continue;
    if (compound && FRACTIONS.has(compound.toLowerCase())) continue; // "one-third" is a share, not a count
    // "one" as a pronoun: "one of the groups", "the one", "one another".
    if (core.kind === 'words' && toks[k]!.lower === 'one' && core.end === k + 1 && !unitInfo) {
      if (PRONOUN_ONE_BEFORE.has(toks[k - 1]?.lower ?? '') || PRONOUN_ONE_AFTER.has(toks[k + 1]?.lower ?? '') || !noun) continue;
    }

    const q: Quantity = {
      start, end: endOff, text: sentence.slice(start, endOff), value, unit, counted: noun, qualifier,
    };
    if (upper !== undefined) q.upper = upper;
    out.push(q);
    min = end;
    k = end - 1;
  }
  shareConversionNouns(sentence, out, counted);
  return out;
}

/** "a 1,600-mile (2,574 km) border": both the figure and its conversion count the border. */
function shareConversionNouns(sentence: string, qs: Quantity[], counted: (offset: number, skipOf: boolean) => string | null): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!/^\s*\(\s*$/.test(sentence.slice(a.end, b.start))) continue;
    const close = /^\s*\)/.exec(sentence.slice(b.end));
    if (!close) continue;
    const noun = counted(b.end + close[0].length, false);
    if (noun) a.counted = b.counted = noun;
  }
}

import * as chrono from 'chrono-node';
import { extractQuantities } from './quantities';

// Time expressions in one sentence, resolved to inclusive ISO date ranges. chrono-node finds
// and parses them; bare years and decades ("in 2021", "the 1990s"), which chrono skips, are
// matched here. Resolution never reads the clock: expressions that need a reference date
// ("20 November", "last week") resolve against the article's publication date, or not at all.

export interface TimeExpression {
  start: number;
  end: number;
  /** As written, without a leading preposition: "in April 2025" → "April 2025". */
  text: string;
  /** First day of the range, YYYY-MM-DD; null when it needs a publication date that is missing. */
  timeStart: string | null;
  /** Last day of the range (inclusive). */
  timeEnd: string | null;
}

interface Ymd { y: number; m: number; d: number }
interface Span { start: number; end: number }
type Grain = 'day' | 'week' | 'month' | 'year';

// Two unrelated reference dates (different year, month and weekday): an expression that
// resolves the same against both does not depend on the reference.
const FIXED_REFS: readonly Ymd[] = [{ y: 2001, m: 3, d: 14 }, { y: 2013, m: 9, d: 20 }];

const LEADING_PREPOSITION = /^(?:on|in|at|since|from|by|during|until|till|of|for)\s+/i;
// "May"/"March" alone are dates only after such a word ("in May"), not "may be", "march on".
const MONTH_CUE = /\b(?:in|since|until|till|by|during|of|early|late|mid|last|next|this|from|to|between|and|through|before|after)\s*$/i;
// Bare years, decades and year ranges: "2021", "1990s", "2019-2021", "2020–21".
const YEARS = /(?<![\p{L}\p{N}$€£.,])((?:18|19|20)\d\d|2100)(s)?(?:\s*[-\u2010-\u2015]\s*((?:18|19|20)\d\d|\d\d)(?!s))?(?![\p{L}\p{N}%]|[.,]\d)/gu;

// chrono-node is the slowest step of claim extraction, so it reads only sentences that hold
// something it could resolve: a month or weekday name (as chrono spells them: "Sept", "Sep.",
// "September"; not "decided", "market"), a time word ("yesterday", "week", "ago") or a numeric
// date ("2024-03-01", "5/4/2024"). Plain numbers and bare years are not enough (bare years
// are matched here); words such as "last" or "since" only count with a unit.
const TIME_HINT = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|tonight|yesterday|tomorrow|now|ago|day|week|weekend|fortnight|month|quarter|year|decade|century|morning|afternoon|evening|night|noon|midnight|spring|summer|autumn|fall|winter|hour|minute)s?\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d\s*(am|pm|a\.m\.|p\.m\.)/i;

/** Could chrono find a date in the sentence (TIME_HINT)? Most sentences it could not. */
export function mayHoldDate(sentence: string): boolean {
  return TIME_HINT.test(sentence);
}

/**
 * The sentence's time expressions. `amounts` are its quantities (extractQuantities), when the
 * caller has them: a number that is an amount ("2000 people") is not a year.
 */
export function extractTimes(sentence: string, published: string | null, amounts?: readonly Span[]): TimeExpression[] {
  const pub = parseYmd(published);
  const out = !mayHoldDate(sentence) ? [] : pub ? chronoTimes(sentence, pub) : unanchoredTimes(sentence);
  out.push(...bareYears(sentence, out, amounts));
  return out.sort((a, b) => a.start - b.start);
}

/** Without a publication date, keep only resolutions that do not depend on the reference. */
function unanchoredTimes(sentence: string): TimeExpression[] {
  const a = chronoTimes(sentence, FIXED_REFS[0]!);
  return a.map((t) => {
    // The second reading needs only the expression itself (with the preposition chrono kept
    // before it); the whole sentence again only when that reads differently.
    const from = sentence.lastIndexOf(' ', t.start - 2) + 1;
    const same = sameSpan(chronoTimes(sentence, FIXED_REFS[1]!, from, t.end), t) ?? sameSpan(chronoTimes(sentence, FIXED_REFS[1]!), t);
    return same && same.timeStart === t.timeStart && same.timeEnd === t.timeEnd ? t : { ...t, timeStart: null, timeEnd: null };
  });
}

const sameSpan = (found: TimeExpression[], t: TimeExpression) => found.find((u) => u.start === t.start && u.end === t.end);

/** chrono's expressions in sentence.slice(from, to), with offsets in the sentence. */
function chronoTimes(sentence: string, anchor: Ymd, from = 0, to = sentence.length): TimeExpression[] {
  const instant = new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12));
  const out: TimeExpression[] = [];
  for (const r of chrono.parse(sentence.slice(from, to), { instant, timezone: 0 }, { forwardDate: false })) {
    // chrono keeps a leading preposition ("on Monday") and a trailing comma ("Monday,").
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const start = from + r.index + lead;
    const text = r.text.slice(lead).replace(/[\s,;:]+$/, '');
    const startSpan = resolve(r.start, text, anchor);
    if (!startSpan) continue; // clock time only ("at 5pm", "10:30")
    if (isModalOrVerb(r.start, text, sentence.slice(0, start))) continue;
    let [timeStart, timeEnd] = span(startSpan.date, startSpan.grain);
    if (r.end) {
      const endSpan = resolve(r.end, text, anchor);
      if (endSpan) {
        // A year-less end moves with its start ("20-21 November"), staying after it.
        let end = endSpan.date;
        if (!r.end.isCertain('year')) {
          end = { ...end, y: startSpan.date.y };
          if (iso(end) < iso(startSpan.date)) end.y++;
        }
        timeEnd = span(end, endSpan.grain)[1];
      }
    }
    out.push({ start, end: start + text.length, text, timeStart, timeEnd });
  }
  return out;
}

/** chrono's component → date and granularity; year-less dates moved to on/before the anchor. */
function resolve(c: chrono.ParsedComponents, text: string, anchor: Ymd): { date: Ymd; grain: Grain } | null {
  const week = /\bweeks?\b/i.test(text) && !c.isCertain('weekday');
  if (!week && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !c.isCertain('year')) return null;
  const grain: Grain = week ? 'week' : c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
  let date: Ymd = { y: c.get('year')!, m: c.get('month')!, d: c.get('day')! };
  // chrono starts "this week" on Sunday, which is in the previous Monday–Sunday week.
  if (week && /\bthis\s+week\b/i.test(text)) date = anchor;
  else if (!c.isCertain('year') && c.isCertain('month')) {
    // "20 November" → the most recent 20 November on or before the anchor.
    date = { y: anchor.y, m: date.m, d: grain === 'day' ? date.d : 1 };
    if (iso(date) > iso(anchor)) date.y--;
  } else if (!c.isCertain('year') && !c.isCertain('day') && c.isCertain('weekday')) {
    // "on Monday" → the most recent Monday on or before the anchor.
    const back = (weekday(anchor) - c.get('weekday')! + 7) % 7;
    date = addDays(anchor, -back);
  }
  return { date, grain };
}

/** "may be" is a modal verb and "march on" a verb, not months. */
function isModalOrVerb(c: chrono.ParsedComponents, text: string, before: string): boolean {
  if (!c.isCertain('month') || c.isCertain('day') || c.isCertain('year')) return false;
  if (!/^\p{Lu}/u.test(text)) return true;
  return /^(?:may|march)$/i.test(text) && !MONTH_CUE.test(before);
}

/** Bare years, decades and year ranges chrono leaves out, unless they are amounts ("2000 people"). */
function bareYears(sentence: string, taken: TimeExpression[], amounts?: readonly Span[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const m of sentence.matchAll(YEARS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    amounts ??= extractQuantities(sentence);
    if (amounts.some((q) => q.start < end && start < q.end)) continue;
    const from = Number(m[1]);
    let to = m[2] ? from + 9 : from; // "1990s"
    if (m[3]) {
      to = m[3].length === 2 ? Math.floor(from / 100) * 100 + Number(m[3]) : Number(m[3]);
      if (to <= from) continue; // not a year range ("2021-20")
    }
    out.push({ start, end, text: m[0], timeStart: `${from}-01-01`, timeEnd: `${to}-12-31` });
  }
  return out;
}

// --- dates ---------------------------------------------------------------------------

function parseYmd(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (x: Ymd) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
const weekday = (x: Ymd) => new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();

function addDays(x: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Inclusive [first, last] ISO day of the day, ISO week (Monday–Sunday), month or year containing `x`. */
function span(x: Ymd, grain: Grain): [string, string] {
  switch (grain) {
    case 'day': return [iso(x), iso(x)];
    case 'week': {
      const monday = addDays(x, -((weekday(x) + 6) % 7));
      return [iso(monday), iso(addDays(monday, 6))];
    }
    case 'month': {
      const last = new Date(Date.UTC(x.y, x.m, 0)).getUTCDate();
      return [iso({ ...x, d: 1 }), iso({ ...x, d: last })];
    }
    case 'year': return [`${pad(x.y, 4)}-01-01`, `${pad(x.y, 4)}-12-31`];
  }
}

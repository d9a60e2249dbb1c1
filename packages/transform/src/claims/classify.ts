import type { Token } from '../tokens';
import type { Range } from './clauses';

export type ClaimType = 'quantitative' | 'event' | 'attribution' | 'characterization' | 'normative' | 'prediction';
export type Modality = 'asserted' | 'hedged' | 'reported';
export type Polarity = 'affirmed' | 'negated';

// Called for every word of every clause several times: the replace only runs when it has work.
function lower(t: Token): string {
  const l = t.text.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

// Obligation and calls to action.
const NORMATIVE_WORDS = new Set(['must', 'should', 'ought', 'non-negotiable', 'imperative', 'essential', 'necessity', 'necessary', 'obligation', 'needs', 'urgently']);
// Future and conditional outcomes.
const FUTURE_WORDS = new Set(['will', "'ll", 'would', 'shall', 'wo']);
const FUTURE_LEMMAS = new Set(['risk']);
// Obligations and outcomes that span several words.
const NORMATIVE_PHRASES = /\b(non[-\u2010\u2011]negotiable|(is|are|remains?) (essential|imperative|crucial|vital|necessary|critical)|it is time|the only way|calls? (for|on)|ought to|needs? to|ha(s|ve) to be)\b/i;
const FUTURE_PHRASES = /\b(risks? \w+ing|(is|are) (expected|likely|set|poised|bound) to|carr(y|ies) (serious )?consequences|in the years to come)\b/i;
// Nouns of things that happen; with a date they make an event claim ("the formation of the IMP in April 2025").
const EVENT_NOUNS = new Set(
  'attack attacks bombing bombings blast explosion formation meeting meetings visit killing killings assassination operation operations airstrike airstrikes strike strikes raid raids ambush summit talks election invasion offensive massacre kidnapping abduction'.split(' '),
);
// Hedges: the source does not fully commit.
const HEDGES = new Set(['may', 'might', 'could', 'reportedly', 'allegedly', 'apparently', 'possibly', 'perhaps', 'likely', 'unlikely', 'seems', 'seem', 'appears', 'appear', 'suggests', 'suggest', 'purportedly', 'presumably', 'probably']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'none', 'nobody', 'nothing', 'cannot']);
// "not only … but also", "no doubt": negation words that do not negate the claim.
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply', 'without', 'surprise', 'doubt', 'less', 'longer']);
const DENIALS = new Set(['deny', 'reject', 'refute', 'dismiss', 'disown', 'rebut']);
// Verbs of things that happen: attacks, meetings, formations, killings.
const EVENT_LEMMAS = new Set(
  `attack kill bomb strike hit launch carry conduct meet visit hold sign form found merge seize capture arrest execute
  neutralize neutralise target raid ambush kidnap abduct detonate explode fire shell invade withdraw deploy announce
  elect appoint resign die injure wound destroy occupy recapture retaliate sanction ban designate release close reopen`
    .split(/\s+/)
    .filter(Boolean),
);
const EVALUATIVE = new Set(
  `dangerous troubling tragic catastrophic alarming unacceptable disappointing complicit irresponsible reckless
  significant unprecedented dire grave serious stark glaring deeply destabilising destabilizing lethal volatile`
    .split(/\s+/)
    .filter(Boolean),
);

export interface ClauseFeatures {
  tokens: Token[];
  clause: Range;
  reported: boolean;
  /** A speech verb introduces what someone says (rather than "X claimed 150 attacks"). */
  speech: boolean;
  quantities: number;
  times: number;
  entities: number;
}

function words(f: ClauseFeatures): Token[] {
  return f.tokens.slice(f.clause.from, f.clause.to);
}

export function isQuestion(tokens: Token[], clause: Range): boolean {
  const last = tokens.slice(clause.from, clause.to).findLast((t) => t.pos !== 'PUNCT' || t.text === '?');
  return last?.text === '?' || tokens[clause.to]?.text === '?';
}

function textOf(ts: Token[]): string {
  return ts.map((t) => (t.spaceBefore ? ' ' : '') + t.text).join('');
}

function isNormative(ts: Token[], text: string): boolean {
  return ts.some((t) => NORMATIVE_WORDS.has(lower(t)) && t.pos !== 'NOUN') || NORMATIVE_PHRASES.test(text);
}

const MODAL_HEDGES = new Set(['could', 'may', 'might']);

function isPrediction(ts: Token[], text: string): boolean {
  return (
    ts.some(
      (t, i) =>
        (FUTURE_WORDS.has(lower(t)) && t.pos === 'AUX') ||
        (t.pos === 'VERB' && FUTURE_LEMMAS.has(t.lemma)) ||
        (t.lemma === 'go' && ts[i + 1]?.text === 'to' && ts[i + 2]?.pos === 'VERB') ||
        (MODAL_HEDGES.has(lower(t)) && (ts[i + 1]?.pos === 'VERB' || (ts[i + 1]?.pos === 'ADV' && ts[i + 2]?.pos === 'VERB'))),
    ) || FUTURE_PHRASES.test(text)
  );
}

/** A past-tense (or present-perfect) verb of something happening. */
function isEvent(ts: Token[]): boolean {
  return ts.some((t) => t.pos === 'VERB' && EVENT_LEMMAS.has(t.lemma) && lower(t) !== t.lemma && !/(ing|s)$/.test(lower(t)));
}

/** One primary type, in order of what the claim mainly does. */
export function claimType(f: ClauseFeatures): ClaimType {
  const ts = words(f);
  if (f.speech) return 'attribution';
  const text = textOf(ts);
  if (isNormative(ts, text)) return 'normative';
  if (isPrediction(ts, text)) return 'prediction';
  if (f.quantities > 0) return 'quantitative';
  if (isEvent(ts) || (f.times > 0 && ts.some((t) => EVENT_NOUNS.has(lower(t))))) return 'event';
  return 'characterization';
}

export function modality(f: ClauseFeatures): Modality {
  if (f.reported) return 'reported';
  const ts = words(f);
  if (ts.some((t) => HEDGES.has(lower(t)) || (t.lemma === 'believe' && lower(t) === 'believed') || (lower(t) === 'seen' && ts[ts.indexOf(t) + 1]?.text === 'as') || (lower(t) === 'expected' && ts[ts.indexOf(t) + 1]?.text === 'to'))) return 'hedged';
  return 'asserted';
}

export function polarity(f: ClauseFeatures): Polarity {
  const ts = words(f);
  for (let i = 0; i < ts.length; i++) {
    const w = lower(ts[i]!);
    if (DENIALS.has(ts[i]!.lemma) && ts[i]!.pos === 'VERB' && !/ing$/.test(lower(ts[i]!))) return 'negated';
    if (!NEGATIONS.has(w)) continue;
    const next = ts[i + 1] ? lower(ts[i + 1]!) : '';
    if (NOT_NEGATING_NEXT.has(next) || (w === 'no' && next === 'longer')) continue;
    return 'negated';
  }
  return 'affirmed';
}

/**
 * How much the claim states a checkable fact, in [0, 1]; ≥ 0.5 is check-worthy.
 * Numbers, dates, named actors and past events raise it; obligations, predictions, hedges
 * and evaluative language lower it. The weights are documented in the data dictionary.
 */
export function checkworthiness(f: ClauseFeatures, type: ClaimType, mod: Modality): number {
  const ts = words(f);
  let score = 0.2;
  if (f.quantities > 0) score += 0.3;
  if (f.times > 0) score += 0.15;
  score += Math.min(3, f.entities) * 0.08;
  if (isEvent(ts)) score += 0.15;
  if (f.reported) score += 0.05;
  if (type === 'normative') score -= 0.25;
  if (type === 'prediction') score -= 0.15;
  if (mod === 'hedged') score -= 0.05;
  score -= Math.min(3, ts.filter((t) => EVALUATIVE.has(lower(t))).length) * 0.05;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}

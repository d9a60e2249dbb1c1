import type { Token } from '../tokens';
import { isClause, type Range } from './clauses';

/** Who a claim is attributed to, and the words saying so (token ranges of one sentence). */
export interface Attribution {
  speaker: Range;
  cue: Range;
}

// Verbs of saying and believing that introduce what someone else asserts.
const SPEECH = new Set(
  `say tell state warn note add argue maintain insist believe think assert announce confirm acknowledge
  stress emphasize emphasise suggest explain observe allege contend caution declare reveal admit
  highlight point underline underscore predict estimate fear report claim accuse deny reject dispute
  write recall concede urge testify`
    .split(/\s+/)
    .filter(Boolean),
);
// These report speech only before "that", a quote or a clause ("experts fear that …", not
// "families fear the winter").
const NEEDS_THAT = new Set(['fear', 'estimate', 'predict', 'reveal', 'admit', 'point', 'write', 'recall']);
// These attribute even with a plain object: "the IMP claimed over 150 incidents", "they accuse Pakistan of …".
const TAKES_OBJECT = new Set(['claim', 'report', 'accuse', 'deny', 'reject', 'dispute']);
const TRAILING = new Set(['ADV', 'CCONJ', 'PART', 'AUX', 'PUNCT']);

// Who can say things: people, their organisations and their documents (lemmas).
const AGENTS = new Set(
  `official expert analyst observer source spokesman spokeswoman spokesperson minister government ministry military
  army police president diplomat leader leadership authority resident witness committee council researcher scholar
  critic commentator journalist media officer chair envoy ambassador people villager agency group community member
  party state country nation regime administration commission court judge report study survey statement commander
  general chief insider aide adviser advisor analyst intelligence delegation team office embassy spokesmen
  official prime premier secretary governor mayor lawmaker senator parliament assembly organization organisation`
    .split(/\s+/)
    .filter(Boolean),
);
const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'should', 'must', 'can', 'shall']);

/** A speaker is a name, a person pronoun, or a noun phrase headed by someone who can speak. */
function isAgent(tokens: Token[], from: number, to: number): boolean {
  let head: Token | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // The tagger calls any capitalised first word a proper noun ("Recent developments").
    const standsAlone = /^(PUNCT|VERB|AUX|PROPN)$/.test(tokens[i + 1]?.pos ?? '');
    if ((t.pos === 'PROPN' && (i > 0 || standsAlone || t.text === t.text.toUpperCase() || named(t))) || (t.pos === 'PRON' && SPEAKING_PRONOUNS.has(t.text.toLowerCase()))) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
    if (t.pos === 'ADP' && head) break; // "officials of the ministry": the head comes first
  }
  if (!head) return false;
  // A capitalised first word keeps its plural as lemma ("Experts"): try the singular too.
  const word = head.lemma.toLowerCase();
  return AGENTS.has(word) || AGENTS.has(word.replace(/e?s$/, '')) || AGENTS.has(word.replace(/s$/, ''));
}

const OPENERS = new Set(['but', 'and', 'yet', 'so', 'meanwhile', 'however', 'moreover', 'also', 'now', 'today', 'still', 'indeed']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const QUOTE_CLOSE = /^[”"’]$/;

let named: (t: Token) => boolean = () => false;

/**
 * The attribution of a clause, if it reports what someone else says. `isName` tells
 * whether a token lies inside a known entity mention.
 */
export function findAttribution(tokens: Token[], clause: Range, isName: (t: Token) => boolean = () => false): Attribution | null {
  named = isName;
  return accordingTo(tokens, clause) ?? speakerThenCue(tokens, clause) ?? cueAfterQuote(tokens, clause);
}

/** "According to multiple sources, …" or "…, according to officials." */
function accordingTo(tokens: Token[], { from, to }: Range): Attribution | null {
  for (let i = from; i + 2 < to; i++) {
    if (tokens[i]!.lemma !== 'accord' || tokens[i + 1]!.lemma !== 'to') continue;
    let end = i + 2;
    while (end < to && !/^[,;:.]$/.test(tokens[end]!.text)) end++;
    if (end > i + 2) return { speaker: { from: i + 2, to: end }, cue: { from: i, to: i + 2 } };
  }
  return null;
}

/** "Denmark, as chair, warned that …", "Security officials and regional observers believe …". */
function speakerThenCue(tokens: Token[], { from, to }: Range): Attribution | null {
  let start = from;
  while (start < to && (OPENERS.has(tokens[start]!.text.toLowerCase()) || tokens[start]!.text === ',')) start++;
  for (let i = start + 1; i < to - 1; i++) {
    const t = tokens[i]!;
    if (t.lemma === 'say' && QUOTE_CLOSE.test(tokens[i - 1]?.text ?? '')) return null;
    if (!isCue(tokens, i)) continue;
    if (!introducesClaim(tokens, i, to)) continue;
    // The speaker is the noun phrase right before the verb: back to the previous comma or
    // the clause start, skipping an appositive (", as chair,") and auxiliaries/adverbs.
    let end = i;
    while (end > start && TRAILING.has(tokens[end - 1]!.pos) && tokens[end - 1]!.text !== ',') end--;
    if (tokens[end - 1]?.text === ',') {
      const open = lastIndexOf(tokens, ',', start, end - 1);
      if (open < 0) return null;
      end = open;
    }
    const comma = lastIndexOf(tokens, ',', start, end);
    const speakerStart = comma >= 0 ? comma + 1 : start;
    if (!hasNominal(tokens, speakerStart, end) || containsVerb(tokens, speakerStart, end) || !isAgent(tokens, speakerStart, end)) continue;
    return { speaker: { from: speakerStart, to: end }, cue: { from: i, to: i + 1 } };
  }
  return null;
}

/** A finite speech verb ("warned", "maintains", "stress that"), not "asserting" or "to say". */
function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1]?.text.toLowerCase() ?? '';
  // "to say", "asserting", "may maintain" are not someone saying something.
  if (!SPEECH.has(t.lemma) || /ing$/i.test(t.text) || before === 'to' || MODALS.has(before)) return false;
  // wink tags "stress" in "experts stress that" as a noun: "that" after it settles it.
  return t.pos === 'VERB' || (tokens[i + 1]?.lemma === 'that' && tokens[i - 1]?.pos !== 'DET');
}

/** What follows the verb is something said: "that …", a quote, a colon, or a clause. */
function introducesClaim(tokens: Token[], i: number, to: number): boolean {
  const next = tokens[i + 1]!;
  if (next.lemma === 'that' || /^[“"‘:]$/.test(next.text)) return true;
  if (NEEDS_THAT.has(tokens[i]!.lemma)) return false;
  return TAKES_OBJECT.has(tokens[i]!.lemma) ? hasNominal(tokens, i + 1, to) : isClause(tokens, { from: i + 1, to });
}

/** "“…,” said a regional security expert.", "“…,” the minister said.", "…, officials said." */
function cueAfterQuote(tokens: Token[], { from, to }: Range): Attribution | null {
  for (let i = from + 1; i < to; i++) {
    if (!QUOTE_CLOSE.test(tokens[i]!.text) && tokens[i]!.text !== ',') continue;
    let j = i + 1;
    while (j < to && (tokens[j]!.text === ',' || QUOTE_CLOSE.test(tokens[j]!.text))) j++;
    if (j >= to) return null;
    let end = to;
    while (end > j && tokens[end - 1]!.pos === 'PUNCT') end--;
    if (isCue(tokens, j) && end > j + 1 && isAgent(tokens, j + 1, end) && !containsVerb(tokens, j + 1, end)) {
      return { speaker: { from: j + 1, to: end }, cue: { from: j, to: j + 1 } };
    }
    if (end - 1 > j && isCue(tokens, end - 1) && isAgent(tokens, j, end - 1) && !containsVerb(tokens, j, end - 1)) {
      return { speaker: { from: j, to: end - 1 }, cue: { from: end - 1, to: end } };
    }
  }
  return null;
}

function lastIndexOf(tokens: Token[], text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (tokens[i]!.text === text) return i;
  return -1;
}

function hasNominal(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (NOMINAL.has(tokens[i]!.pos)) return true;
  return false;
}

function containsVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB') return true;
  return false;
}

import { stableId, type Claim, type ClaimEntity, type Entity, type Mention, type QuantityRow } from '@corroborate/tables';
import { tokenize, type Token } from '../tokens';
import { findAttribution, type Attribution } from './attribution';
import { embeddedPropositions, splitClauses, type Range } from './clauses';
import { checkworthiness, claimType, isQuestion, modality, polarity, type ClauseFeatures } from './classify';
import { extractQuantities, type Quantity } from './quantities';
import { extractTimes } from './time';
import { groupBy } from '../group-by';
import { claimWords } from '../xref/features';

export interface ClaimSentence {
  sentence_id: string;
  source_id: string;
  /** Offset of the sentence in its document. */
  start: number;
  text: string;
  /** The source's publication date (YYYY-MM-DD), to resolve dates without a year. */
  published_at: string | null;
}

/** What claims need of a mention: which entity, in which sentence, where. */
export type MentionSpan = Pick<Mention, 'entity_id' | 'source_id' | 'sentence_id' | 'start' | 'end'>;

export interface ClaimTables {
  claims: Claim[];
  claimEntities: ClaimEntity[];
  quantities: QuantityRow[];
  /** claimWords() of each claim, in the order of `claims` (for cross-referencing; not published). */
  words: string[];
}

const LOCATIVE = new Set(['in', 'at', 'from', 'across', 'along', 'inside', 'within', 'near', 'into', 'on', 'throughout', 'over', 'to']);
// Speech verbs that take a plain object ("the IMP claimed 150 incidents") report a claim
// without being reported speech themselves.
const WEAK_CUES = new Set(['claim', 'report']);

/** Claims of body sentences, with their entities, numbers and times. */
export interface ClaimOptions {
  /** Split sentences into clause-level claims (off: one claim per sentence, for sentence-list benchmarks). */
  splitClauses?: boolean;
  onProgress?: (sentencesDone: number) => void;
  /** The sentences' tokens when already tagged (in the order of `sentences`); tagged here otherwise. */
  tokens?: Token[][];
}

export function extractClaims(sentences: Iterable<ClaimSentence>, mentions: MentionSpan[], entities: Pick<Entity, 'entity_id' | 'type'>[], options: ClaimOptions = {}): ClaimTables {
  const split = options.splitClauses ?? true;
  const typeOf = new Map(entities.map((e) => [e.entity_id, e.type]));
  const mentionsBySentence = groupBy(mentions, (m) => m.sentence_id);
  const out: ClaimTables = { claims: [], claimEntities: [], quantities: [], words: [] };
  let before: Carried | null = null;
  let done = 0;
  for (const sentence of sentences) {
    const tokens = options.tokens?.[done] ?? tokenize(sentence.text);
    if (++done % 1000 === 0) options.onProgress?.(done);
    if (before && before.source !== sentence.source_id) before = null;
    before = sentenceClaims(sentence, tokens, mentionsBySentence.get(sentence.sentence_id) ?? [], typeOf, out, before, split);
  }
  return out;
}

/** What a sentence hands on to the next one of its source. */
interface Carried {
  source: string;
  /** The speaker of a quotation, carried to the next sentence when the quote goes on. */
  speaker: string | null;
  /** The entities its main clause is about (named before its main verb, or referred to there): what a pronoun opening the next sentence most likely stands for. */
  subjects: string[];
}

const QUOTE_MARKS = /[“”"]/;

function isWholeQuote(text: string): boolean {
  return /^[“"]/.test(text) && /[”"][.!?]?$|[.!?][”"]$/.test(text);
}

function sentenceClaims(
  sentence: ClaimSentence,
  tokens: Token[],
  mentions: MentionSpan[],
  typeOf: Map<string, string>,
  out: ClaimTables,
  before: Carried | null,
  split: boolean,
): Carried | null {
  const next: Carried = { source: sentence.source_id, speaker: null, subjects: [] };
  if (tokens.length === 0) return null;
  // A sentence that is all quotation, right after an attributed quote, is the same speaker's.
  const carried = before?.speaker && isWholeQuote(sentence.text) ? before.speaker : null;
  const quantities = extractQuantities(sentence.text, tokens);
  const times = extractTimes(sentence.text, sentence.published_at, quantities);
  // Mention offsets relative to the sentence.
  const local = mentions.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));

  const firstClaim = out.claims.length;
  let mainSeen = false;
  const emit = (clause: Range, parent: string | null, carriedSpeaker: string | null, nested: Range[] = []): Claim => {
    const start = tokens[clause.from]!.start;
    const end = tokens[clause.to - 1]!.end;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
    const attribution = parent ? null : findAttribution(tokens, clause, (t) => local.some((m) => m.start <= t.start && t.end <= m.end));
    const cueLemma = attribution ? tokens[attribution.cue.from]!.lemma : null;
    const clauseMentions = local.filter(inside);
    const clauseQuantities = quantities.filter(inside);
    const clauseTimes = times.filter(inside);
    const features: ClauseFeatures = {
      tokens,
      clause,
      reported: attribution !== null || carriedSpeaker !== null,
      speech: (attribution !== null && !(WEAK_CUES.has(cueLemma!) && tokens[attribution.cue.to]?.lemma !== 'that')) || carriedSpeaker !== null,
      quantities: clauseQuantities.length,
      times: clauseTimes.length,
      entities: new Set(clauseMentions.filter((m) => typeOf.get(m.entity_id) !== 'NORP').map((m) => m.entity_id)).size,
    };
    const type = claimType(features);
    const mod = modality(features);
    const text = sentence.text.slice(start, end);
    const claimId = stableId('claim', sentence.sentence_id, start, text);
    const speaker = attribution ? speakerOf(sentence.text, tokens, attribution, clauseMentions) : carriedSpeaker;
    if (speaker && QUOTE_MARKS.test(text)) next.speaker = speaker;
    const time = clauseTimes[0];
    const claim: Claim = {
      claim_id: claimId,
      source_id: sentence.source_id,
      sentence_id: sentence.sentence_id,
      start: sentence.start + start,
      end: sentence.start + end,
      text,
      claim_type: type,
      checkworthiness: checkworthiness(features, type, mod),
      polarity: polarity(features),
      modality: mod,
      attributed_to: speaker,
      attribution_cue: attribution ? sentence.text.slice(tokens[attribution.cue.from]!.start, tokens[attribution.cue.to - 1]!.end) : null,
      time_text: time?.text ?? null,
      time_start: time?.timeStart ?? null,
      time_end: time?.timeEnd ?? null,
      cluster_id: null,
      parent_claim_id: parent,
    };
    out.claims.push(claim);
    out.words.push(claimWords(tokens, clause.from, clause.to, nested));
    // A pronoun opening a sentence most likely stands for the subject of the sentence before.
    const opensSentence = !parent && out.claims.length === firstClaim + 1;
    const involved = roles(claimId, tokens, clause, attribution, clauseMentions, typeOf, opensSentence ? (before?.subjects ?? []) : []);
    out.claimEntities.push(...involved);
    // The sentence's subjects are its main clause's, not an opening "Although…" clause's.
    if (!parent && !mainSeen && !SUBORDINATORS.has(tokens[clause.from]!.text.toLowerCase())) {
      mainSeen = true;
      next.subjects = subjectsOf(involved);
    }
    // Numbers are listed once, on the top-level claim.
    if (!parent) out.quantities.push(...clauseQuantities.map((q) => quantityRow(q, claimId, sentence)));
    return claim;
  };

  for (const clause of split ? splitClauses(tokens) : [wholeSentence(tokens)]) {
    if (isQuestion(tokens, clause)) continue;
    const nested = split ? embeddedPropositions(tokens, clause) : [];
    const main = emit(clause, null, carried, nested);
    for (const inner of nested) emit(inner, main.claim_id, null);
  }
  return next;
}

function wholeSentence(tokens: Token[]): Range {
  let to = tokens.length;
  while (to > 1 && /^[,;:]$/.test(tokens[to - 1]!.text)) to--;
  return { from: 0, to };
}

/** The speaker's entity when the speaker phrase is exactly a known name ("Denmark"), else the phrase. */
function speakerOf(text: string, tokens: Token[], a: Attribution, mentions: { start: number; end: number; entity_id: string }[]): string {
  const start = tokens[a.speaker.from]!.start;
  const end = tokens[a.speaker.to - 1]!.end;
  const phrase = text.slice(start, end);
  const bare = phrase.replace(/^the\s+/i, '');
  const named = mentions.find((m) => m.start >= start && m.end <= end && text.slice(m.start, m.end) === bare);
  return named ? named.entity_id : phrase;
}

/**
 * The entities a claim involves, by role. `antecedents` are the subjects of the sentence
 * before: when the claim names no subject but opens on a pronoun ("Instead, its territory
 * has become…"), they are what it is about, as role `antecedent`.
 */
function roles(claimId: string, tokens: Token[], clause: Range, a: Attribution | null, mentions: MentionSpan[], typeOf: Map<string, string>, antecedents: string[]): ClaimEntity[] {
  const speakerRange = a ? { start: tokens[a.speaker.from]!.start, end: tokens[a.speaker.to - 1]!.end } : null;
  // The main verb: the first verb of what is asserted (after the attribution, if any).
  const contentFrom = a && a.cue.from > a.speaker.from ? a.cue.to : clause.from;
  let verb = tokens.length;
  for (let i = contentFrom; i < clause.to; i++) {
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') {
      verb = i;
      break;
    }
  }
  const verbStart = tokens[verb]?.start ?? Infinity;
  const seen = new Set<string>();
  const rows: ClaimEntity[] = [];
  for (const m of mentions) {
    let role: string;
    if (speakerRange && m.start >= speakerRange.start && m.end <= speakerRange.end) role = 'speaker';
    else if (typeOf.get(m.entity_id) === 'PLACE' && precededBy(tokens, m.start, LOCATIVE)) role = 'location';
    else role = m.start < verbStart ? 'subject' : 'object';
    const key = `${m.entity_id}\u0000${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ claim_id: claimId, entity_id: m.entity_id, role });
  }
  if (antecedents.length && !rows.some((r) => r.role === 'subject')) {
    const pronoun = subjectPronoun(tokens, contentFrom, verb);
    const fitting = pronoun ? antecedents.filter((id) => (pronoun.kind === 'person') === (typeOf.get(id) === 'PERSON')) : [];
    // "it", "he", "she" stand for one thing: with two candidates, which one is a guess.
    if (pronoun && (pronoun.plural || fitting.length === 1)) for (const id of fitting) rows.push({ claim_id: claimId, entity_id: id, role: 'antecedent' });
  }
  return rows;
}

// Words that open a subordinate clause.
const SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'since', 'because', 'as', 'if', 'unless', 'when', 'once', 'after', 'before', 'despite']);
// Third-person pronouns: what they can stand for, and whether they can stand for several.
const PRONOUNS = new Map<string, { kind: 'thing' | 'person'; plural: boolean }>([
  ...['it', 'its'].map((w) => [w, { kind: 'thing', plural: false }] as const),
  ...['they', 'their'].map((w) => [w, { kind: 'thing', plural: true }] as const),
  ...['he', 'his', 'she', 'her'].map((w) => [w, { kind: 'person', plural: false }] as const),
]);
// "It is naïve to…", "it seems…": an "it" that stands for nothing.
const EMPTY_IT = new Set(['be', 'seem', 'appear']);

/**
 * The pronoun that opens the subject (the words from..to before the main verb: "Instead, its
 * territory…", "They have…"), if it does: one after a noun belongs to another phrase
 * ("like every engagement before it, the summit…").
 */
function subjectPronoun(tokens: Token[], from: number, to: number): { kind: 'thing' | 'person'; plural: boolean } | null {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const t = tokens[i]!;
    const found = PRONOUNS.get(t.text.toLowerCase());
    if (found) return t.text.toLowerCase() === 'it' && EMPTY_IT.has(tokens[i + 1]?.lemma ?? '') ? null : found;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return null;
  }
  return null;
}

/** The entities a claim is about, for a pronoun in the next sentence: its subjects, or what its own pronoun stood for. */
function subjectsOf(rows: ClaimEntity[]): string[] {
  return rows.filter((r) => r.role === 'subject' || r.role === 'antecedent').map((r) => r.entity_id);
}

/** Is the word starting at `offset` preceded, within two words, by one of `words`? */
function precededBy(tokens: Token[], offset: number, words: Set<string>): boolean {
  const i = tokens.findIndex((t) => t.start === offset);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (words.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

function quantityRow(q: Quantity, claimId: string, sentence: ClaimSentence): QuantityRow {
  return {
    quantity_id: stableId('quantity', claimId, q.start, q.text),
    claim_id: claimId,
    source_id: sentence.source_id,
    start: sentence.start + q.start,
    end: sentence.start + q.end,
    text: q.text,
    value: q.value,
    unit: q.unit,
    counted: q.counted,
    qualifier: q.qualifier,
  };
}


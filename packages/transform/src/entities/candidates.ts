import type { Token } from '../tokens';
import { isAcronym, type Gazetteer, type GazetteerEntry, type EntityType } from './gazetteer';
import { CONNECTOR_HEADS, EVENT_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, NEVER_NAMES, ORG_WORDS, PLACE_WORDS, SPACED_PARTICLES, TITLES, nameKey } from './names';

/** A stretch of a sentence that may name an entity. Offsets are within the sentence. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  key: string;
  /** What the words themselves say about the type, if anything. */
  type: EntityType | null;
  gazetteer: GazetteerEntry | null;
  /** Preceded by a title ("Foreign Minister …"): a person. */
  titled: boolean;
  /** Starts the sentence, where every word is capitalised anyway. */
  initial: boolean;
  /** Part-of-speech of a single-word candidate. */
  pos: string;
}

const HYPHEN = /^[\u002D\u2010-\u2015]$/;
const CORE_TITLES = new Set(
  'mr mrs ms miss dr prof professor sir dame lord lady sheikh shaikh sheik mullah mulla maulana maulvi mufti imam president minister secretary general gen colonel col captain capt brigadier commander chief admiral marshal ambassador envoy spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman king queen prince princess emir judge leader pope cardinal bishop rev reverend director adviser advisor representative'.split(' '),
);

function capitalised(t: Token): boolean {
  return /^[\p{Lu}]/u.test(t.text) || (/^\p{N}/u.test(t.text) && /\p{Lu}/u.test(t.text));
}

function glued(tokens: Token[], i: number): boolean {
  return !tokens[i]!.spaceBefore;
}

/**
 * Maximal runs of name words: capitalised words, joined by hyphens ("Shahr-e-Naw"),
 * name particles ("Ittihad-ul-Mujahideen", "al‑Qaida") and "of"/"for" between capitalised
 * words ("Bank of England"). Possessive "’s", slashes and other punctuation end a run.
 */
export function nameRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const startsName =
      capitalised(tokens[i]!) ||
      (NAME_PARTICLES.has(tokens[i]!.text) && HYPHEN.test(tokens[i + 1]?.text ?? '') && glued(tokens, i + 1) && capitalised(tokens[i + 2] ?? tokens[i]!) && glued(tokens, i + 2));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i + 1;
    // "post-Soviet Afghanistan", "anti-Pakistan groups": a name inside a compound stands alone.
    const prefixed = i >= 2 && HYPHEN.test(tokens[i - 1]!.text) && glued(tokens, i) && glued(tokens, i - 1) && /^\p{Ll}/u.test(tokens[i - 2]!.text);
    for (; !prefixed; ) {
      const t = tokens[j];
      if (!t) break;
      if (capitalised(t) && t.spaceBefore) {
        j++;
      } else if (HYPHEN.test(t.text) && glued(tokens, j) && tokens[j + 1] && glued(tokens, j + 1) && (capitalised(tokens[j + 1]!) || nameParticleThenName(tokens, j + 1))) {
        j += 2;
      } else if (SPACED_PARTICLES.has(t.text) && capitalised(tokens[j + 1] ?? t) && tokens[j + 1]?.spaceBefore) {
        j += 2;
      } else if (NAME_CONNECTORS.has(t.text) && connectorHead(tokens[j - 1]!) && tokens[j + 1] && capitalised(tokens[j + 1]!) && !NEVER_NAMES.has(tokens[j + 1]!.text.toLowerCase())) {
        j += 2;
      } else {
        break;
      }
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** "of" continues a name only after an organisation, place or office word: "Ministry of Defence", not "Afghanistan of TTP". */
function connectorHead(t: Token): boolean {
  const key = nameKey(t.text);
  return ORG_WORDS.has(key) || PLACE_WORDS.has(key) || CONNECTOR_HEADS.has(key) || TITLES.has(t.text.toLowerCase());
}

function nameParticleThenName(tokens: Token[], k: number): boolean {
  return NAME_PARTICLES.has(tokens[k]!.text) && HYPHEN.test(tokens[k + 1]?.text ?? '') && glued(tokens, k + 1) && !!tokens[k + 2] && capitalised(tokens[k + 2]!);
}

/** Candidates of one tokenised sentence. */
export function sentenceCandidates(sentence: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const phrases = gazetteerPhrases(sentence, tokens, gazetteer);
  for (const [from, to] of nameRuns(tokens)) {
    let cursor = from;
    for (const [pf, pt] of phrases) {
      if (pt <= cursor || pf >= to) continue;
      if (pf > cursor) splitRun(sentence, tokens, cursor, pf, gazetteer, false, out);
      cursor = Math.max(cursor, pt);
    }
    if (cursor < to) splitRun(sentence, tokens, cursor, to, gazetteer, false, out);
  }
  for (const [from, to, entry] of phrases) out.push(candidate(sentence, tokens, from, to, entry, false, gazetteer));
  return out.sort((a, b) => a.start - b.start);
}

const MAX_PHRASE_TOKENS = 12;

/** Gazetteer names with lower-case words inside, which name runs would cut apart. */
function gazetteerPhrases(sentence: string, tokens: Token[], gz: Gazetteer): [number, number, GazetteerEntry][] {
  const found: [number, number, GazetteerEntry][] = [];
  if (gz.phraseStarts.size === 0) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i]!) || !gz.phraseStarts.has(nameKey(tokens[i]!.text))) continue;
    for (let to = Math.min(tokens.length, i + MAX_PHRASE_TOKENS); to > i + 2; to--) {
      if (!/[\p{L}\p{N}]/u.test(tokens[to - 1]!.text)) continue;
      const entry = gz.byKey.get(nameKey(sentence.slice(tokens[i]!.start, tokens[to - 1]!.end)));
      if (entry) {
        found.push([i, to, entry]);
        i = to - 1;
        break;
      }
    }
  }
  return found;
}

function splitRun(sentence: string, tokens: Token[], from: number, to: number, gz: Gazetteer, titled: boolean, out: Candidate[]): void {
  // Words that open sentences ("The", "In", "Despite") are not names.
  while (from < to && NEVER_NAMES.has(tokens[from]!.text.toLowerCase()) && !gzMatch(sentence, tokens, from, to, gz)) from++;
  while (to > from && (NAME_CONNECTORS.has(tokens[to - 1]!.text) || HYPHEN.test(tokens[to - 1]!.text) || NAME_PARTICLES.has(tokens[to - 1]!.text))) to--;
  if (from >= to) return;

  const whole = gzMatch(sentence, tokens, from, to, gz);
  if (whole) return void out.push(candidate(sentence, tokens, from, to, whole, titled, gz));
  // Titles alone ("Deputy Prime Minister and …") name nobody.
  if (tokens.slice(from, to).every((t) => TITLES.has(t.text.toLowerCase().replace(/\.$/, '')))) return;

  // A title splits the run: "Afghan | Foreign Minister | Amir Khan Muttaqi".
  const title = titleSpan(tokens, from, to);
  if (title) {
    splitRun(sentence, tokens, from, title[0], gz, false, out);
    splitRun(sentence, tokens, title[1], to, gz, true, out);
    return;
  }

  // A name ending in an organisation or place word is one name, whatever it contains:
  // "Hafiz Gul Bahadur Group", "UN Security Council", "Paktika Province".
  const head = nameKey(tokens[to - 1]!.text);
  if (to - from >= 2 && (ORG_WORDS.has(head) || PLACE_WORDS.has(head) || EVENT_NOUNS.has(head))) {
    return void out.push(candidate(sentence, tokens, from, to, null, titled, gz));
  }

  // Otherwise known names inside the run are found longest first; the rest stays as found.
  for (let len = Math.min(8, to - from - 1); len >= 1; len--) {
    for (let i = from; i + len <= to; i++) {
      const entry = gzMatch(sentence, tokens, i, i + len, gz);
      if (entry && !HYPHEN.test(tokens[i]!.text) && !HYPHEN.test(tokens[i + len - 1]!.text)) {
        splitRun(sentence, tokens, from, i, gz, titled, out);
        out.push(candidate(sentence, tokens, i, i + len, entry, titled, gz));
        splitRun(sentence, tokens, i + len, to, gz, titled, out);
        return;
      }
    }
  }
  out.push(candidate(sentence, tokens, from, to, null, titled, gz));
}

function gzMatch(sentence: string, tokens: Token[], from: number, to: number, gz: Gazetteer): GazetteerEntry | null {
  const text = sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (isAcronym(text)) return gz.byAcronym.get(text.replace(/[\u2010-\u2015]/g, '-')) ?? null;
  return gz.byKey.get(nameKey(text)) ?? null;
}

/** The last run of title words inside [from, to) that has a name after it. */
function titleSpan(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let end = to - 1; end > from - 1; end--) {
    if (!CORE_TITLES.has(tokens[end]!.text.toLowerCase().replace(/\.$/, ''))) continue;
    if (end + 1 >= to) return null;
    let start = end;
    while (start > from && TITLES.has(tokens[start - 1]!.text.toLowerCase().replace(/\.$/, ''))) start--;
    return [start, end + 1];
  }
  return null;
}

function candidate(sentence: string, tokens: Token[], from: number, to: number, found: GazetteerEntry | null, titled: boolean, gz: Gazetteer): Candidate {
  let entry = found;
  const start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  // "Doha agreement", "Moscow talks": a name and the event noun after it are one event.
  const next = tokens[to];
  if ((!entry || entry.type === 'PLACE') && next && next.spaceBefore && EVENT_NOUNS.has(next.text)) {
    end = next.end;
    const event = gz.byKey.get(nameKey(sentence.slice(start, end)));
    entry = event ?? null;
    if (!event) return finish(sentence, start, end, 'EVENT', null, titled, from, to, tokens);
  }
  return finish(sentence, start, end, entry?.type ?? null, entry, titled, from, to, tokens);
}

function finish(
  sentence: string,
  start: number,
  end: number,
  known: EntityType | null,
  entry: GazetteerEntry | null,
  titled: boolean,
  from: number,
  to: number,
  tokens: Token[],
): Candidate {
  let type = known;
  const text = sentence.slice(start, end);
  if (!type) type = typeFromWords(text, titled);
  return { start, end, text, key: nameKey(text), type, gazetteer: entry, titled, initial: opensClause(tokens, from), pos: to - from === 1 ? tokens[from]!.pos : 'PROPN' };
}

// After a colon, a dash or an opening quote a capitalised word may just open a clause.
const CLAUSE_OPENERS = new Set([':', '—', '–', '“', '"', '‘', '(', '?', '!', ';']);

function opensClause(tokens: Token[], i: number): boolean {
  return i === 0 || CLAUSE_OPENERS.has(tokens[i - 1]!.text);
}

function typeFromWords(text: string, titled: boolean): EntityType | null {
  if (titled) return 'PERSON';
  const words = nameKey(text).split(' ');
  if (isAcronym(text)) return 'ORG';
  // A lone "Council" or "Groups" is a common noun at the start of a sentence, not a name.
  if (words.length < 2) return null;
  const head = words[words.length - 1]!;
  if (EVENT_NOUNS.has(head)) return 'EVENT';
  if (words.some((w) => ORG_WORDS.has(w))) return 'ORG';
  if (PLACE_WORDS.has(head)) return 'PLACE';
  return null;
}

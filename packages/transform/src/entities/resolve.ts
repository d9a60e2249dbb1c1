import { stableId, type Entity, type Mention } from '@corroborate/tables';
import { push } from '../group-by';
import { tokenize, type Token } from '../tokens';
import { findAcronymDefinitions } from './acronyms';
import { sentenceCandidates, type Candidate } from './candidates';
import { Found, gazetteerRefsOf, SentenceRefs } from './found';
import { isAcronym, type EntityType, type Gazetteer, type GazetteerEntry } from './gazetteer';
import { keyWords, nameKey, ORG_WORDS } from './names';
import { PlaceIndex } from './places';

/** A body sentence to extract from; `start` is its offset in the document. */
export interface SentenceInput {
  sentence_id: string;
  source_id: string;
  start: number;
  text: string;
}

/** What resolution needs of a sentence: where it is, not its text. */
export type SentenceRef = Pick<SentenceInput, 'sentence_id' | 'source_id' | 'start'>;

interface EntityDraft {
  key: string;
  /** The matching key of its name. */
  nameKey: string;
  gazetteer: GazetteerEntry | null;
  types: Map<EntityType, number>;
  /** Its mentions, as numbers of candidates in Found. */
  mentions: number[];
}

// Compared as name keys, which fold spellings ("south" → "suth").
const COMPASS = new Set(
  'north south east west central northern southern eastern western upper lower greater middle northeast northwest southeast southwest'
    .split(' ')
    .map(nameKey),
);

/** What one sentence offers to entity resolution: name candidates and acronym definitions. */
export interface SentenceFindings {
  candidates: Candidate[];
  /** [acronym, name key of its long form] for each definition ("… Pakistan (TTP)"). */
  acronyms: [string, string][];
}

/** Per-sentence work of entity extraction (independent of every other sentence, so it can run on any thread). */
export function sentenceFindings(sentence: SentenceInput, gazetteer: Gazetteer, tokens: Token[] = tokenize(sentence.text)): SentenceFindings {
  const candidates = sentenceCandidates(sentence.text, tokens, gazetteer);
  const acronyms: [string, string][] = [];
  for (const def of findAcronymDefinitions(sentence.text)) {
    acronyms.push([def.short, nameKey(def.long)]);
    addLongForm(candidates, def.longStart, def.longEnd, sentence.text, gazetteer);
  }
  return { candidates, acronyms };
}

/** Entities and mentions of a whole corpus: extraction, then resolution across sources. */
export function extractEntities(sentences: SentenceInput[], gazetteer: Gazetteer, onProgress?: (done: number) => void): { entities: Entity[]; mentions: Mention[] } {
  const findings = sentences.map((s, i) => {
    if ((i + 1) % 1000 === 0) onProgress?.(i + 1);
    return sentenceFindings(s, gazetteer);
  });
  const found = new Found(SentenceRefs.of(sentences));
  found.addFindings(findings, gazetteerRefsOf(findings, gazetteer), 0);
  const { entities, mentions } = resolveEntities(found, gazetteer);
  return { entities, mentions: [...mentions] };
}

/**
 * Resolution across sources of every sentence's findings: entities, and their mentions made
 * as they are read (see mentionRows).
 */
export function resolveEntities(found: Found, gazetteer: Gazetteer): { entities: Entity[]; mentions: Iterable<Mention> } {
  const places = PlaceIndex.get();
  const acronymVotes = new Map<string, Map<string, number>>();
  for (const [short, longKey] of found.acronyms) {
    const votes = acronymVotes.get(short) ?? new Map<string, number>();
    votes.set(longKey, (votes.get(longKey) ?? 0) + 1);
    acronymVotes.set(short, votes);
  }

  // An acronym means the long form it is most often defined with, in any source.
  const acronyms = new Map<string, string>();
  for (const [short, votes] of acronymVotes) {
    const [best] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    acronyms.set(short, best![0]);
  }

  const midSentence = new Map<string, number>();
  for (let k = 0; k < found.count; k++) if (!found.initial(k)) midSentence.set(found.key(k), (midSentence.get(found.key(k)) ?? 0) + 1);

  const drafts = new Map<string, EntityDraft>();
  const draft = (key: string, gz: GazetteerEntry | null): EntityDraft => {
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { key, nameKey: gz ? nameKey(gz.name) : key.slice(2), gazetteer: gz, types: new Map(), mentions: [] }));
    return d;
  };
  const assign = (k: number, key: string, gz: GazetteerEntry | null, type: EntityType | null) => {
    const d = draft(key, gz);
    d.mentions.push(k);
    if (type) d.types.set(type, (d.types.get(type) ?? 0) + 1);
  };

  // Pass 1: names that say what they are (gazetteer, acronyms, several words).
  const singles: number[] = [];
  for (let k = 0; k < found.count; k++) {
    const key = found.key(k);
    const text = found.text(k);
    const type = found.type(k);
    const entry = found.gazetteer(k, gazetteer) ?? gazetteer.byKey.get(key) ?? null;
    if (entry) {
      assign(k, gzKey(entry), entry, entry.type);
    } else if (isAcronym(text)) {
      const long = acronyms.get(text.replace(/[\u2010-\u2015]/g, '-')) ?? acronyms.get(text);
      const longEntry = long ? gazetteer.byKey.get(long) : undefined;
      if (longEntry) assign(k, gzKey(longEntry), longEntry, longEntry.type);
      else assign(k, `k:${long ?? key}`, null, type ?? (places.countryCode(text) ? 'PLACE' : 'ORG'));
    } else if (key.includes(' ') || type) {
      assign(k, `k:${key}`, null, type ?? multiWordType(key, text, places));
    } else {
      singles.push(k);
    }
  }

  // Pass 2: single words. A surname seen in a full name of the same source is that
  // person; a known place or nationality is one; any other word must recur mid-sentence.
  // Persons with a full name, by each word of it: in the whole corpus and per source.
  const personsByWord = new Map<string, EntityDraft[]>();
  const personsBySourceWord = new Map<string, EntityDraft[]>();
  for (const d of drafts.values()) {
    if (topType(d) !== 'PERSON' || !d.nameKey.includes(' ')) continue;
    for (const word of new Set(keyWords(d.nameKey))) {
      if (word.length <= 2) continue;
      push(personsByWord, word, d);
      for (const source of new Set(d.mentions.map((m) => found.sourceId(m)))) push(personsBySourceWord, `${source}\u0000${word}`, d);
    }
  }
  for (const k of singles) {
    const word = found.key(k);
    const text = found.text(k);
    const initial = found.initial(k);
    // Every word opening a sentence is capitalised: it is a name only if known as one.
    if (initial && !midSentence.has(word) && !drafts.has(`k:${word}`)) continue;
    // "South" of "South and Central Asia" is a direction, not a place.
    if (COMPASS.has(word)) continue;
    const sameSource = personsBySourceWord.get(`${found.sourceId(k)}\u0000${word}`) ?? [];
    const anywhere = personsByWord.get(word) ?? [];
    const person = sameSource.length === 1 ? sameSource[0] : sameSource.length === 0 && anywhere.length === 1 ? anywhere[0] : undefined;
    if (person) {
      assign(k, person.key, person.gazetteer, 'PERSON');
    } else if (ORG_WORDS.has(word) && (midSentence.get(word) ?? 0) >= 2) {
      // "Taliban", "Hezbollah"-like names made of an organisation word (a village called
      // Taliban in the place data must not win).
      assign(k, `k:${word}`, null, 'ORG');
    } else if (places.has(text) && !COMPASS.has(word)) {
      assign(k, `k:${word}`, null, 'PLACE');
    } else if (places.demonymCountry(text)) {
      // "Afghan" and "Afghans" are one group: nationalities are keyed by their country.
      assign(k, `k:norp ${places.demonymCountry(text)!.toLowerCase()}`, null, 'NORP');
    } else if (drafts.has(`k:${word}`)) {
      assign(k, `k:${word}`, null, null);
    } else if (!initial && found.pos(k) === 'PROPN' && (midSentence.get(word) ?? 0) >= 2) {
      assign(k, `k:${word}`, null, found.titled(k) ? 'PERSON' : 'ORG');
    }
  }

  return buildRows([...drafts.values()].filter((d) => d.mentions.length > 0), found, places);
}

function gzKey(entry: GazetteerEntry): string {
  return `gz:${entry.type}:${entry.name}`;
}

function multiWordType(key: string, text: string, places: PlaceIndex): EntityType {
  const words = key.split(' ');
  if (places.has(text) || COMPASS.has(words[0]!)) return 'PLACE';
  if (words.every((w) => places.demonymCountry(w)) && words.length <= 2) return 'NORP';
  return 'PERSON';
}

/** Acronym definitions name their long form: make it one candidate, replacing pieces of it. */
function addLongForm(candidates: Candidate[], start: number, end: number, sentence: string, gz: Gazetteer): void {
  if (candidates.some((c) => c.start === start && c.end === end)) return;
  const inside = candidates.filter((c) => c.start >= start && c.end <= end);
  const crossing = candidates.some((c) => c.start < end && c.end > start && !(c.start >= start && c.end <= end));
  if (crossing || inside.length === 0) return;
  for (const c of inside) candidates.splice(candidates.indexOf(c), 1);
  const text = sentence.slice(start, end);
  const key = nameKey(text);
  const entry = gz.byKey.get(key) ?? null;
  candidates.push({ start, end, text, key, type: entry?.type ?? inside[0]!.type ?? 'ORG', gazetteer: entry, titled: false, initial: start === 0, pos: 'PROPN' });
  candidates.sort((a, b) => a.start - b.start);
}

const TYPE_PRIORITY: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'NORP', 'EVENT'];

function topType(d: EntityDraft): EntityType {
  if (d.gazetteer) return d.gazetteer.type;
  let best: EntityType = 'ORG';
  let n = -1;
  for (const t of TYPE_PRIORITY) {
    const c = d.types.get(t) ?? 0;
    if (c > n) [best, n] = [t, c];
  }
  return best;
}

function buildRows(drafts: EntityDraft[], found: Found, places: PlaceIndex): { entities: Entity[]; mentions: Iterable<Mention> } {
  // Drafts that end with the same type and canonical name are one entity.
  const groups = new Map<string, { type: EntityType; name: string; drafts: EntityDraft[] }>();
  for (const d of drafts) {
    const type = topType(d);
    const name = d.gazetteer?.name ?? canonicalName(d, found);
    const id = stableId('entity', type, nameKey(name));
    const g = groups.get(id);
    if (g) g.drafts.push(d);
    else groups.set(id, { type, name, drafts: [d] });
  }
  const entities: Entity[] = [];
  const mentionsOf: number[][] = [];
  for (const [entityId, { type, name, drafts: parts }] of groups) {
    const mentions = parts.length === 1 ? parts[0]!.mentions : parts.flatMap((d) => d.mentions);
    const gz = parts.find((d) => d.gazetteer)?.gazetteer ?? null;
    entities.push({
      entity_id: entityId,
      name,
      type,
      aliases: [...new Set([...mentions.map((m) => found.text(m)), ...(gz?.aliases ?? [])])].sort(),
      wikidata_id: gz?.wikidataId ?? null,
      latitude: gz?.latitude ?? null,
      longitude: gz?.longitude ?? null,
      country: gz?.country ?? null,
      mention_count: mentions.length,
      source_count: new Set(mentions.map((m) => found.sourceId(m))).size,
    });
    mentionsOf.push(mentions);
  }
  locatePlaces(entities, mentionsOf, found, places);
  return { entities, mentions: mentionRows(entities, mentionsOf, found) };
}

/** Mention rows, entity by entity, made as they are read: a large corpus has millions. */
function* mentionRows(entities: Entity[], mentionsOf: number[][], found: Found): Generator<Mention> {
  for (const [i, e] of entities.entries()) {
    for (const k of mentionsOf[i]!) {
      const sentence = found.sentence(k);
      const sentenceId = found.sentences.sentenceId(sentence);
      const sentenceStart = found.sentences.start(sentence);
      const text = found.text(k);
      yield {
        mention_id: stableId('mention', sentenceId, found.start(k), text),
        entity_id: e.entity_id,
        source_id: found.sentences.sourceId(sentence),
        sentence_id: sentenceId,
        start: sentenceStart + found.start(k),
        end: sentenceStart + found.end(k),
        text,
      };
    }
  }
}

/** The most frequent full spelling (acronyms only when nothing else is known), then the longest. */
function canonicalName(d: EntityDraft, found: Found): string {
  const counts = new Map<string, number>();
  for (const k of d.mentions) {
    const text = found.text(k);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const ranked = [...counts].sort(
    ([a, x], [b, y]) => Number(isAcronym(a)) - Number(isAcronym(b)) || y - x || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]![0];
}

/** Places without gazetteer coordinates get them from GeoNames-derived data, in the context of their sources' countries. */
function locatePlaces(entities: Entity[], mentionsOf: number[][], found: Found, places: PlaceIndex): void {
  const countriesBySource = new Map<string, Set<string>>();
  entities.forEach((e, i) => {
    const code = e.type === 'PLACE' ? (e.country ?? places.countryCode(e.name)) : null;
    if (!code) return;
    for (const m of mentionsOf[i]!) {
      const source = found.sourceId(m);
      const set = countriesBySource.get(source) ?? new Set<string>();
      set.add(code);
      countriesBySource.set(source, set);
    }
  });
  entities.forEach((e, i) => {
    if (e.type !== 'PLACE' || e.latitude !== null) return;
    const context = new Set(mentionsOf[i]!.flatMap((m) => [...(countriesBySource.get(found.sourceId(m)) ?? [])]));
    const info = [e.name, ...e.aliases].map((n) => places.locate(n, context)).find(Boolean);
    if (info) Object.assign(e, { latitude: info.latitude, longitude: info.longitude, country: e.country ?? info.country });
  });
}

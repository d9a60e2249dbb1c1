/**
 * Deterministic synthetic news corpus for pipeline benchmarks.
 *
 * Articles are built from sentence frames with slot fillers, so the text has
 * the surface features the pipeline cares about (quotes, reported speech,
 * numbers, dates, acronyms, hyphenated words) without shipping real data.
 * A pool of "stories" (claims with fixed actors, number and date) is planted
 * across many articles in different wordings, giving claim clustering
 * something real to find.
 *
 * Determinism: every article is generated from its own PRNG seeded by
 * (seed, index), and the story pool from (seed, articles). Only integer and
 * basic float arithmetic is used (no Math.random, dates, locale formatting),
 * so the output is byte-identical on any machine. Because article i depends
 * only on (seed, i), the corpus streams: nothing is kept in memory, and an
 * "exact duplicate" is produced by simply regenerating the earlier article.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticCorpusOptions {
  articles: number;
  seed?: number;
}

export interface SyntheticArticle {
  name: string;
  text: string;
}

/** Ground truth for one planted claim (useful for scoring claim clustering). */
export interface PlantedStory {
  id: number;
  /** The number as it appears in text, e.g. "1,873" or "12.5". */
  number: string;
  /** The conflicting number used by ~10% of carrying articles, if any. */
  altNumber?: string;
  /** Date phrase as it appears in text, e.g. "on 20 November 2023". */
  date: string;
  /** Main place the claim is about. */
  place: string;
  /** One rendering of the claim. */
  summary: string;
}

// ---------------------------------------------------------------------------
// Tunables (rates are per article)

const DEFAULT_SEED = 1;
const MIN_WORDS = 500;
const MAX_WORDS = 890; // cap checked while filling; dateline and boilerplate stay within 900
const DUPLICATE_RATE = 0.01;
const REPEAT_PARAGRAPH_RATE = 0.03;
const BOILERPLATE_RATE = 0.01;
const CONFLICT_STORY_SHARE = 0.3; // share of stories that have a conflicting variant
const CONFLICT_USE_RATE = 0.1; // share of carrying articles that use it
const TITLE_RATE = 0.75;
const OPED_RATE = 0.2;

// ---------------------------------------------------------------------------
// PRNG

/** 32-bit integer hash (murmur3 finaliser) used to derive independent seeds. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: tiny, fast, and good enough for text generation. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

// ---------------------------------------------------------------------------
// Small text helpers

/** Thousands separators by hand: toLocaleString depends on the ICU build. */
function commas(n: number): string {
  const s = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

/** Uppercase the first letter, skipping a leading opening quote. */
function cap(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === '“' || s[i] === '‘')) i++;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

/** "a" / "an" for a word or a formatted number. */
function article(word: string): string {
  const w = word.toLowerCase();
  if (/^[0-9]/.test(w)) {
    // "an 8-", "an 11,000", "an 18-"; everything else takes "a"
    const lead = w.split(/[,.-]/)[0] ?? '';
    return w.startsWith('8') || lead === '11' || lead === '18' ? 'an' : 'a';
  }
  if (/^(uni|use|usu|eu|one|once)/.test(w)) return 'a';
  if (/^(hour|honest|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

function withArticle(phrase: string): string {
  return `${article(phrase)} ${phrase}`;
}

function plural(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop() ?? noun;
  let p: string;
  if (/(s|sh|ch|x|z)$/.test(last)) p = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else p = `${last}s`;
  return [...words, p].join(' ');
}

/** Third person singular for headlines ("Ministry Approves ..."). */
function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'to', 'over', 'with', 'at', 'by', 'as', 'from', 'after', 'amid']);

/** Headline title case; hyphenated parts are capitalised separately. */
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && TITLE_SMALL.has(w) ? w : w.split('-').map((part, j) => (j > 0 && TITLE_SMALL.has(part) ? part : cap(part))).join('-')))
    .join(' ');
}

/** Whitespace-separated token count, without allocating an array. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Vocabulary. Names, places and organisations are invented so entity
// extraction is tested on unfamiliar strings; common words are real English.

const FIRST_NAMES = [
  'Amara', 'Tomas', 'Lena', 'Idris', 'Mirela', 'Kofi', 'Ana', 'Rafael', 'Sena', 'Yusuf', 'Ingrid', 'Daniel',
  'Leila', 'Marco', 'Nadia', 'Oskar', 'Priya', 'Samuel', 'Talia', 'Viktor', 'Zeynep', 'Aisha', 'Bruno', 'Carmen',
  'Dmitri', 'Elena', 'Farid', 'Grace', 'Hassan', 'Irena', 'Jonas', 'Karim', 'Lucia', 'Malik', 'Nora', 'Omar',
  'Petra', 'Quentin', 'Rosa', 'Stefan', 'Teodora', 'Umar', 'Vera', 'Walid', 'Xenia', 'Yara', 'Zoran', 'Adrian',
  'Beatrice', 'Cyrus', 'Dalia', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ilya', 'Jana', 'Kemal', 'Lidia', 'Mateo',
  'Nikola', 'Olga', 'Pavel', 'Rania', 'Selim', 'Tamar', 'Ursula', 'Vanya', 'Wen', 'Yusra', 'Zaid', 'Alina',
  'Benedikt', 'Camille', 'Dario', 'Esther', 'Filip', 'Gabriela', 'Henrik', 'Ines', 'Joaquin', 'Katarina', 'Luka',
  'Mariam', 'Nasser', 'Odile', 'Rashid', 'Sofia', 'Tariq', 'Valentina', 'Anselm', 'Bilal', 'Chiara', 'Darius',
  'Elif', 'Florin', 'Halima', 'Iker', 'Jovana', 'Kaveh', 'Leon', 'Milena', 'Nuri', 'Orla', 'Pedro', 'Reza',
  'Simone', 'Tobias', 'Uchenna', 'Vesna', 'Yannick', 'Zora', 'Amadou', 'Brigitte', 'Cosmin', 'Dina', 'Emre',
  'Freya', 'Gideon', 'Hiba', 'Ismail', 'Julia', 'Kwame', 'Lorena', 'Mehmet', 'Noor', 'Ottavio', 'Paulina',
];

const LAST_NAMES_FIXED = [
  'Okonkwo', 'Varga', 'Haddad', 'Petrov', 'Lindqvist', 'Moreau', 'Castillo', 'Halvorsen', 'Mensah', 'Rahimi',
  'Novak', 'Kowalczyk', 'Abara', 'Demir', 'Ferreira', 'Galanis', 'Horvat', 'Ibrahim', 'Jankovic', 'Kader',
  'Lazaro', 'Mbeki', 'Nassar', 'Orlov', 'Popescu', 'Quiroga', 'Rosen', 'Salas', 'Tadesse', 'Ulloa', 'Vasquez',
  'Wojcik', 'Yilmaz', 'Zeller', 'Arslan', 'Bakker', 'Costa', 'Dragan', 'Eriksen', 'Fofana', 'Grigoryan',
  'Hakimi', 'Ivanova', 'Juric', 'Kamara', 'Lobo', 'Marin', 'Ndiaye', 'Olsen', 'Pires', 'Radu', 'Sokolov',
  'Toure', 'Urquhart', 'Volkov', 'Wainaina', 'Yamin', 'Zaki', 'Ahmadi', 'Brennan', 'Cardoso', 'Diallo',
  'Esposito', 'Fischer', 'Gashi', 'Hossain', 'Idowu', 'Jensen', 'Karimi', 'Lungu', 'Moretti', 'Nikolaidis',
  'Obi', 'Pavlovic', 'Qureshi', 'Rautio', 'Sato', 'Tembo', 'Uzun', 'Vidal', 'Whitfield', 'Yeboah', 'Zamora',
  'Ambrose', 'Bianchi', 'Chaudhry', 'Dumitru', 'Ekwueme', 'Farouk', 'Gallo', 'Hartmann', 'Iqbal', 'Jovic',
  'Keller', 'Lachance', 'Mwangi', 'Nemeth', 'Osei', 'Pereira', 'Ramadani', 'Stroud', 'Tahir', 'Valente',
];

const COUNTRIES = [
  'Valdoria', 'Estravia', 'Norvania', 'Kessaria', 'Tarenth', 'Arvenia', 'Belmora', 'Caldoria', 'Drovnia',
  'Elaria', 'Galvia', 'Hestria', 'Istrana', 'Kalvaria', 'Lorvana', 'Marenthia', 'Nevrosa', 'Ostrenia', 'Pellaria',
  'Quorvia', 'Rasmeria', 'Savonia', 'Teluria', 'Umbravia', 'Verdania', 'Westmark', 'Yslandia', 'Zarvonia',
  'Corvessa', 'Brenmark',
];

const ONSETS = [
  'Ka', 'Mor', 'Tel', 'Bra', 'Vel', 'Os', 'Dar', 'Lin', 'Sar', 'Rho', 'Zel', 'Nor', 'Ash', 'Bel', 'Cor', 'Fen',
  'Gal', 'Hal', 'Ist', 'Jav', 'Kel', 'Lor', 'Mar', 'Nev', 'Ord', 'Pra', 'Quel', 'Ros', 'Sel', 'Tor', 'Ul', 'Vor',
  'Wes', 'Yar', 'Zan', 'Ber', 'Dun', 'Eld', 'Gor', 'Hem', 'Kir', 'Mal', 'Oth', 'Pel', 'Ren', 'Sten', 'Tav', 'Vin',
];
const MIDDLES = ['a', 'e', 'i', 'o', 'an', 'ar', 'en', 'el', 'or', 'is', 'un', 'am'];
const TOWN_ENDS = [
  'vo', 'grad', 'ton', 'ford', 'ia', 'burg', 'dal', 'mir', 'sk', 'ra', 'bek', 'pol', 'stad', 'ova', 'eth', 'ham',
  'port', 'ville', 'ez', 'ina', 'ak', 'ene', 'wick', 'holm', 'abad', 'esh', 'ano', 'ri',
];
const NAME_ENDS = ['ov', 'ic', 'ani', 'ez', 'sen', 'berg', 'oglu', 'ara', 'enko', 'ides', 'ari', 'uma', 'dotti', 'ski', 'ane', 'ito'];
const REGION_PATTERNS = ['North #', 'South #', '# Valley', '# Province', 'Upper #', 'Lower #', '# Delta', '# Coast', 'East #', 'West #', '# Plateau'];

/** Invented words from syllables, built once from a fixed seed (not the corpus seed) so vocabularies never change. */
function inventNames(rng: Rng, count: number, ends: readonly string[], taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const mid = rng.chance(0.4) ? rng.pick(MIDDLES) : '';
    const name = rng.pick(ONSETS) + mid + rng.pick(ends);
    if (!taken.has(name) && !/([aeiou])\1/.test(name)) {
      taken.add(name);
      out.push(name);
    }
  }
  return out;
}

const vocabRng = new Rng(0x5eed);
const takenNames = new Set<string>(COUNTRIES);
const CITIES = inventNames(vocabRng, 120, TOWN_ENDS, takenNames);
const REGIONS = inventNames(vocabRng, 50, TOWN_ENDS, takenNames).map((root) => vocabRng.pick(REGION_PATTERNS).replace('#', root));
const LAST_NAMES = [...LAST_NAMES_FIXED, ...inventNames(vocabRng, 260, NAME_ENDS, takenNames)];
const ALL_PLACES = [...COUNTRIES, ...REGIONS, ...CITIES]; // 200 places

type Topic = 'security' | 'politics' | 'economy' | 'regions';
const TOPICS: readonly Topic[] = ['security', 'politics', 'economy', 'regions'];

/** Topic nouns; "singular|plural" where the plural is irregular. */
const TOPIC_NOUNS: Record<Topic, readonly string[]> = {
  security: [
    'attack', 'militia', 'checkpoint', 'patrol', 'ceasefire', 'insurgency', 'convoy', 'raid', 'curfew', 'militant',
    'soldier', 'officer', 'weapon', 'ambush', 'border post', 'garrison', 'intelligence report', 'surveillance programme',
    'drone strike', 'hostage', 'kidnapping', 'smuggling route', 'arms cache', 'security operation', 'roadblock',
    'armed group', 'police station', 'bomb threat', 'peacekeeper', 'military base', 'detention centre', 'informant',
    'cyberattack', 'counterterrorism unit', 'border guard', 'mortar attack', 'army battalion', 'escort', 'sniper', 'arrest',
  ],
  politics: [
    'election', 'ballot', 'coalition', 'parliament', 'senator', 'lawmaker', 'campaign', 'referendum', 'amendment',
    'constitution', 'opposition party', 'governor', 'cabinet reshuffle', 'motion', 'vote', 'candidate', 'manifesto',
    'protest', 'rally', 'reform', 'bill', 'decree', 'mandate', 'polling station', 'term limit', 'inquiry', 'scandal',
    'caucus', 'delegation', 'faction', 'ministry', 'minister', 'president', 'municipality', 'petition', 'boycott', 'veto',
    'by-election', 'no-confidence vote', 'electoral roll', 'party congress', 'cabinet',
  ],
  economy: [
    'inflation', 'budget', 'subsidy', 'tariff', 'deficit', 'currency', 'exchange rate', 'export', 'import', 'loan',
    'bond', 'investor', 'factory', 'wage', 'pension', 'tax', 'revenue', 'debt', 'bank', 'credit line', 'market', 'price',
    'commodity', 'refinery', 'pipeline', 'supply chain', 'shortage', 'remittance', 'microloan', 'startup', 'retailer',
    'port', 'shipment', 'contract', 'procurement process', 'privatisation', 'austerity package', 'growth forecast',
    'interest rate', 'trade deal', 'stock exchange', 'fuel price', 'mining licence', 'central bank',
  ],
  regions: [
    'drought', 'flood', 'river', 'valley', 'dam', 'irrigation scheme', 'village', 'district', 'highway', 'bridge',
    'clinic', 'school', 'water supply', 'power grid', 'harvest', 'herd', 'herder', 'farmer', 'fishing community',
    'reservoir', 'landslide', 'settlement', 'displacement camp', 'road', 'rail line', 'coastline', 'mining town', 'forest',
    'wetland', 'aquifer', 'well', 'market town', 'hospital', 'ferry service', 'grazing route', 'cooperative', 'storm',
    'heatwave', 'water tanker', 'crop',
  ],
};

const GENERAL_NOUNS = [
  'government', 'official', 'agency', 'report', 'plan', 'policy', 'proposal', 'agreement', 'decision', 'statement',
  'investigation', 'programme', 'initiative', 'strategy', 'crisis|crises', 'conflict', 'dispute', 'tension', 'debate',
  'concern', 'criticism', 'pressure', 'demand', 'warning', 'response', 'effort', 'measure', 'system', 'sector',
  'community', 'resident', 'family', 'worker', 'student', 'teacher', 'doctor', 'journalist', 'analyst', 'expert',
  'observer', 'diplomat', 'donor', 'lender', 'partner', 'neighbour', 'rival', 'ally', 'critic', 'supporter', 'leader',
  'commander', 'committee', 'court', 'judge', 'lawyer', 'prosecutor', 'hearing', 'ruling', 'verdict', 'law',
  'regulation', 'permit', 'licence', 'fund', 'grant', 'project', 'facility', 'network', 'service', 'cost', 'rate',
  'figure', 'estimate', 'survey', 'study', 'record', 'document', 'letter', 'meeting', 'summit', 'negotiation', 'deal',
  'framework', 'roadmap', 'deadline', 'target', 'goal', 'priority', 'risk', 'threat', 'challenge', 'opportunity',
  'setback', 'breakthrough', 'milestone', 'transition', 'recovery', 'development', 'decline', 'surplus', 'outage',
  'audit', 'complaint', 'lawsuit', 'memorandum', 'consultation', 'timetable', 'allocation', 'loophole', 'backlog',
  'mandate', 'mission', 'appeal', 'pledge', 'shortfall', 'blueprint', 'moratorium', 'analysis|analyses',
];

const ADJECTIVES = [
  'significant', 'recent', 'growing', 'fragile', 'ambitious', 'controversial', 'unprecedented', 'modest', 'sweeping',
  'gradual', 'sudden', 'persistent', 'widespread', 'limited', 'local', 'regional', 'national', 'international', 'rural',
  'urban', 'economic', 'political', 'public', 'private', 'military', 'civilian', 'official', 'informal', 'independent',
  'key', 'major', 'senior', 'former', 'new', 'brief', 'heavy', 'strong', 'weak', 'fierce', 'quiet', 'tense', 'stable',
  'volatile', 'uncertain', 'bold', 'cautious', 'costly', 'scarce', 'remote', 'central', 'northern', 'southern',
  'eastern', 'western', 'coastal', 'mountainous', 'arid', 'fertile', 'crowded', 'impoverished', 'wealthy', 'chronic',
  'acute', 'severe', 'mild', 'deep', 'shallow', 'rapid', 'slow', 'steady', 'erratic', 'bitter', 'divisive', 'popular',
  'unpopular', 'credible', 'dubious', 'transparent', 'opaque', 'comprehensive', 'piecemeal', 'temporary', 'permanent',
  'emergency', 'routine', 'delicate', 'critical', 'decisive', 'symbolic', 'practical', 'strategic', 'tactical',
  'humanitarian', 'fiscal', 'monetary', 'legal', 'constitutional', 'electoral', 'administrative', 'technical',
  'logistical', 'environmental', 'agricultural', 'industrial', 'financial', 'diplomatic', 'bureaucratic', 'chaotic',
  'orderly', 'peaceful', 'violent', 'unresolved', 'overdue', 'belated', 'renewed', 'stalled', 'lingering', 'mounting',
  'alarming', 'encouraging', 'disappointing', 'troubling', 'unusual', 'familiar', 'vulnerable', 'resilient',
];

const HYPHENATED = [
  'long-term', 'short-term', 'cross-border', 'state-owned', 'high-level', 'so-called', 'well-known', 'low-income',
  'middle-income', 'anti-corruption', 'post-election', 'year-on-year', 'far-reaching', 'hard-line', 'mid-sized',
  'cash-strapped', 'short-lived', 'in-depth', 'two-day', 'three-year', 'closed-door', 'hard-won', 'drought-stricken',
  'conflict-affected', 'oil-rich', 'government-backed', 'cost-of-living', 'fast-growing', 'long-running', 'little-known',
  'open-ended', 'decades-old', 'record-high', 'rain-fed', 'debt-laden', 'tax-free', 'five-year', 'one-off',
  'large-scale', 'small-scale', 'top-level', 'up-to-date', 'much-needed', 'much-delayed', 'foreign-funded', 'cross-party',
];

/** Verbs as "base/past" or "base/past/participle". */
const VERBS = [
  'accept/accepted', 'announce/announced', 'approve/approved', 'block/blocked', 'boost/boosted', 'challenge/challenged',
  'condemn/condemned', 'confirm/confirmed', 'criticise/criticised', 'cut/cut', 'delay/delayed', 'deploy/deployed',
  'disrupt/disrupted', 'dismiss/dismissed', 'expand/expanded', 'fund/funded', 'halt/halted', 'launch/launched',
  'limit/limited', 'monitor/monitored', 'negotiate/negotiated', 'oppose/opposed', 'overhaul/overhauled',
  'postpone/postponed', 'propose/proposed', 'reject/rejected', 'restore/restored', 'review/reviewed', 'secure/secured',
  'strengthen/strengthened', 'suspend/suspended', 'target/targeted', 'undermine/undermined', 'weaken/weakened',
  'withdraw/withdrew/withdrawn', 'build/built', 'rebuild/rebuilt', 'raise/raised', 'tighten/tightened', 'ease/eased',
  'reshape/reshaped', 'revive/revived', 'investigate/investigated', 'finance/financed', 'reform/reformed',
  'publish/published', 'address/addressed', 'prioritise/prioritised', 'scrap/scrapped', 'extend/extended',
  'renew/renewed', 'freeze/froze/frozen', 'impose/imposed', 'lift/lifted', 'defend/defended', 'question/questioned',
  'welcome/welcomed', 'endorse/endorsed', 'audit/audited', 'reinforce/reinforced', 'contain/contained',
  'mediate/mediated', 'overturn/overturned', 'streamline/streamlined', 'curb/curbed', 'revise/revised',
  'shelve/shelved', 'fast-track/fast-tracked', 'scale back/scaled back', 'roll out/rolled out', 'phase out/phased out',
  'sign/signed', 'ratify/ratified', 'draft/drafted', 'unveil/unveiled', 'abandon/abandoned', 'resume/resumed',
  'restructure/restructured', 'subsidise/subsidised', 'regulate/regulated', 'privatise/privatised', 'protect/protected',
];

const ADVERBS = [
  'quietly', 'sharply', 'repeatedly', 'openly', 'largely', 'partly', 'steadily', 'gradually', 'abruptly', 'publicly',
  'privately', 'reportedly', 'officially', 'increasingly', 'briefly', 'narrowly', 'firmly', 'formally', 'swiftly',
  'reluctantly', 'unexpectedly', 'belatedly',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CURRENCIES = ['dinars', 'crowns', 'shillings', 'pesos', 'marks'];

const ANON_SOURCES = [
  'a senior official', 'a government spokesperson', 'two diplomats familiar with the talks', 'a senior security source',
  'an aide to the minister', 'sources close to the presidency', 'local officials', 'a foreign diplomat',
  'people familiar with the matter', 'a police source', 'humanitarian workers in the area', 'a senior party official',
  'an official at the finance ministry', 'a military spokesperson', 'aid agencies',
];

const CRIMES = [
  'armed robbery', 'kidnapping', 'cattle rustling', 'fuel smuggling', 'arson', 'extortion', 'election-related violence',
  'illegal logging', 'human trafficking', 'vote buying', 'land grabbing', 'attacks on health workers',
];
const COMMODITIES = ['wheat', 'maize', 'coffee', 'cocoa', 'copper', 'cotton', 'rice', 'cooking oil', 'fertiliser', 'cement', 'sugar', 'natural gas', 'timber', 'gold', 'tea', 'phosphate'];
const RESOURCES = ['electricity', 'clean water', 'fuel', 'medical care', 'internet access', 'public transport', 'heating', 'food aid'];
const PROJECTS = [
  'the rehabilitation of irrigation canals', 'a new water treatment plant', 'rural road repairs', 'school reconstruction',
  'the expansion of the port', 'drought relief', 'a regional hospital', 'flood defences along the river',
  'a solar power plant', 'housing for displaced families', 'an upgrade of the power grid', 'a new border crossing',
];
const CAUSES = ['flooding', 'heavy flooding', 'renewed fighting', 'severe drought', 'intercommunal violence', 'landslides'];
const INDICATORS = ['inflation', 'unemployment', 'youth unemployment', 'food inflation', 'rural poverty'];
const BOILERPLATE = ['Latest Post', 'Read more', 'Share this article', 'Advertisement', 'Related Posts', 'Subscribe to our newsletter', 'Click here to read more'];
const DOCUMENTS = ['agreement', 'memorandum of understanding', 'deal', 'framework agreement', 'roadmap', 'accord', 'protocol', 'ceasefire deal', 'compact'];
const PRESS_ENDS = ['Tribune', 'Herald', 'Courier', 'Gazette', 'Observer', 'Post', 'Chronicle'];

// Organisations: built once from fixed patterns; acronyms derived from initials.
interface Org {
  name: string;
  acr?: string;
  /** Takes "the" in running text (agencies do, companies don't). */
  the: boolean;
  /** Generic back-reference, e.g. "authority". */
  kind: string;
  party?: boolean;
}

function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !['of', 'for', 'and', 'the'].includes(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function buildOrgs(): { agencies: Org[]; parties: Org[] } {
  const rng = new Rng(0x0a9);
  const scopes = ['National', 'Federal', 'Regional', 'Central', 'Independent', 'Joint', 'State'];
  const domains = [
    'Water', 'Energy', 'Border', 'Electoral', 'Security', 'Statistics', 'Health', 'Transport', 'Revenue', 'Anti-Corruption',
    'Housing', 'Migration', 'Food Safety', 'Telecommunications', 'Civil Aviation', 'Disaster Management', 'Public Procurement',
    'Audit', 'Land', 'Mining', 'Competition', 'Pensions', 'Refugee', 'Roads', 'Fisheries', 'Forestry',
  ];
  const bodies = ['Authority', 'Commission', 'Agency', 'Council', 'Board', 'Office', 'Directorate', 'Service', 'Bureau'];
  const agencies: Org[] = [];
  const seen = new Set<string>();
  for (const domain of domains) {
    for (let k = 0; k < 2; k++) {
      const body = rng.pick(bodies);
      const name = `${rng.pick(scopes)} ${domain} ${body}`;
      if (seen.has(name)) continue;
      seen.add(name);
      agencies.push({ name, acr: acronym(name), the: true, kind: body.toLowerCase() });
    }
  }
  const studies = ['Policy', 'Peace', 'Strategic', 'Economic', 'Security', 'Development'];
  for (let k = 0; k < 12; k++) {
    const name = `${rng.pick(CITIES)} Institute for ${rng.pick(studies)} Studies`;
    if (!seen.has(name)) agencies.push({ name, acr: acronym(name), the: true, kind: 'institute' }), seen.add(name);
  }
  for (const [name, kind] of [
    ['Continental Development Bank', 'bank'], ['Regional Monetary Fund', 'fund'], ['Coalition for Open Budgets', 'coalition'],
    ['Human Rights Observatory', 'observatory'], ['Union of Independent Journalists', 'union'], ['Chamber of Commerce and Industry', 'chamber'],
    ['Federation of Farmers’ Cooperatives', 'federation'], ['Alliance for Water Justice', 'alliance'],
  ] as const) {
    agencies.push({ name, acr: acronym(name), the: true, kind });
  }
  // Companies: no article, no acronym, referred to by name.
  const companyEnds = ['Holdings', 'Energy', 'Mining Corporation', 'Logistics', 'Telecom', 'Construction Group', 'Agro Industries', 'Bank'];
  for (let k = 0; k < 16; k++) {
    const name = `${rng.pick(ONSETS)}${rng.pick(MIDDLES)}${rng.pick(['x', 'n', 'ra', 'tek', 'co', 'vis'])} ${rng.pick(companyEnds)}`;
    if (!seen.has(name)) agencies.push({ name, the: false, kind: 'company' }), seen.add(name);
  }
  const parties: Org[] = [
    'National Renewal Party', 'People’s Democratic Alliance', 'Civic Union', 'Green Future Movement', 'Labour and Solidarity Front',
    'Liberal Reform Party', 'Patriotic Front', 'Social Democratic Union', 'Movement for Change', 'Farmers’ Party',
    'United Left', 'Conservative Unity Party', 'New Horizons Party', 'Democratic Centre',
  ].map((name) => ({ name, acr: name.split(' ').length > 2 ? acronym(name) : undefined, the: true, kind: 'party', party: true }));
  return { agencies, parties };
}

const { agencies: AGENCIES, parties: PARTIES } = buildOrgs();

/** Role titles followed by an organisation mention. */
const ORG_TITLES = [
  'a spokesperson for', 'the head of', 'a senior analyst at', 'the chief economist at', 'the deputy director of',
  'a researcher at', 'the director of', 'a senior adviser to', 'a board member of', 'the general counsel of',
  'a senior fellow at', 'the chair of',
];
const BIO_TITLES = ['a senior fellow at', 'a researcher at', 'a board member of', 'a former adviser to', 'a visiting scholar at'];
/** Role titles that stand alone (may contain place slots). */
const PLAIN_TITLES = [
  'the interior minister', 'the finance minister', 'the defence minister', 'the foreign minister', 'the opposition leader',
  'a member of parliament', 'the governor of {region}', 'the mayor of {city}', 'a local trader', 'a farmer from {city}',
  'a political analyst', 'a retired general', 'a human rights lawyer', 'a community leader in {city}',
  'a professor of economics at the University of {city}', 'the police commissioner for {region}', 'a nurse in {city}',
];

// ---------------------------------------------------------------------------
// Sentence frames. {slot} names are resolved by SLOTS below; every sentence
// passes through cap(), so frames may begin with a lowercase slot.

const LEDE_FRAMES = [
  '{org} {verbed} {a_adj} {tnoun} in {place} {when}, raising fresh questions about the {noun} of {tnouns} in the region.',
  'Officials in {city} {verbed} {a_hy} {tnoun} {when}, the latest sign of {a_adj} {noun} in {region}.',
  '{a_hy} {noun} over {tnouns} in {place} deepened {when} as {org} and {org2} traded accusations.',
  '{country} {verbed} its {tnoun} {when}, a move that {anon} said could affect more than {num} people.',
  'The {tnoun} in {region} has entered {a_adj} phase, with {num} {tnouns} recorded since {monthYear}.',
  'Pressure is mounting on {org} after {a_adj} {tnoun} in {city} left {num} people without {resource}.',
];

const GENERAL_FRAMES = [
  'The move comes after months of {adj} {nouns} between {org} and {org2} over the future of the {tnoun}.',
  'Officials in {city} said the {tnoun} had been {verbpp} {adv}, but gave no further details.',
  '{spk} said the {tnouns} were {adj} and that the government would {verb} the {noun} {when}.',
  '{spk} told {press} that {clause}.',
  'According to {anon}, {clause}.',
  '{clause}, according to sources familiar with the matter.',
  '{clause}, said {anon}, who asked not to be named because they were not authorised to speak to the media.',
  'Talks between {org} and {org2} stalled in {monthYear} after disagreements over {nouns} and {tnouns}.',
  'The {tnoun}, which {verbed} {num} {nouns} in its first year, has since been {verbpp} by {adj} {nouns}.',
  'Critics argue that the {tnoun} will only {verb} the {adj} {nouns} it was meant to address.',
  'It was not immediately clear whether the {tnoun} would {verb} the {noun}.',
  '{org} did not respond to a request for comment.',
  'A spokesperson for {org} declined to comment on the {tnoun}.',
  'Details of the {tnoun} were first reported by {press}.',
  'Analysts say the {adj} {noun} reflects deeper {nouns} within {org}.',
  '{spk} warned that {clause}.',
  'The {hy} {noun} was expected to {verb} the {tnoun} but has instead {verbpp} it.',
  'Last {month}, {org} {verbed} a plan to {verb} {num} {tnouns} by {year}.',
  '{region} has long been a flashpoint for {adj} {nouns} and {tnouns}.',
  'In a statement issued {when}, {org} said it would {verb} its {tnouns} “in the coming weeks”.',
  'The {tnoun} is one of {small} {tnouns} that {org} has {verbpp} this year.',
  'At {a_hy} meeting in {city} {when}, delegates {verbed} {a_adj} {noun} on {tnouns}.',
  'The {tnoun} {verbed} {a_adj} debate in {country}, where {nouns} and {tnouns} have dominated the agenda for {small} years.',
  '{org}, which oversees {tnouns} in {region}, has faced {adj} criticism over its handling of the {tnoun}.',
  'Local media reported that {num} people had gathered outside the offices of {org} {when} to protest against the {tnoun}.',
  'The {doc}, signed in {monthYear}, committed both sides to {verb} the {tnoun} within {small} months.',
  'Asked whether the {tnoun} would be {verbpp}, {spk} said it was “too early to say”.',
  'Meanwhile, {clause}.',
  'However, {clause}.',
  'The figures could not be independently verified.',
  'Few expect a quick resolution.',
  'The stakes are high.',
  'That has not happened.',
  'The {tnoun} remains {adj}.',
  '{city}, a town of about {num} people near the border with {country2}, has borne the brunt of the {tnouns}.',
  'In {city}, where {tnouns} have been {adj} for years, residents describe {a_adj} situation.',
  'For {org}, the {tnoun} is {a_adj} test of its credibility, and {anon} conceded that the {noun} had been {adj}.',
  'The {adj} {tnoun}, which began in {monthYear}, has {verbpp} {nouns} across {region} and drawn {adj} criticism from {org}.',
  'Supporters of the {noun} say it will {verb} {tnouns}, while opponents warn it could {verb} {adj} {nouns} instead.',
  'Both {org} and {org2} have {verbpp} the {tnoun}, although for very different reasons.',
  'Under the terms of the {doc}, {org} will {verb} the {tnoun} and report back by {monthYear}.',
  '{spk} described the {tnoun} as {a_adj} step, adding that “much work remains to be done”.',
  'The {hy} {tnoun} has been {verbpp} several times since {year}.',
  'The {tnoun} was {verbpp} {when} after {num} {nouns} were found to be {adj}.',
  'Observers in {city} noted that the {tnoun} had been {adv} {verbpp}, a pattern seen elsewhere in {region}.',
];

const NUMBER_FRAMES = [
  'The {tnoun} in {place} has {verbpp} {num} {tnouns} since {year}, according to figures from {org}.',
  'Over {num} {tnouns} have been reported in {region} alone, a figure {anon} described as “{qadj}”.',
  'In {place}, {num} {tnouns} were recorded {when}, up {pct} from the previous year.',
  'The government has set aside {money} for the {tnoun}, though critics say the sum falls far short of what is needed.',
  '{org} estimates that {pct} of households in {region} now depend on {tnouns}.',
  'The {hy} {tnoun} {verbed} {adv} {when}, leaving {num} people without {resource}.',
  'Since {monthYear}, {org} has {verbpp} more than {num} {tnouns} across {region}.',
  '{country} shares {a_km} border with {country2}, much of it {adj} and poorly monitored.',
  'By {monthYear}, the number of {tnouns} in {region} had risen to {num}, {org} said in a statement.',
  'Some {pct} of respondents in a survey by {org} said they {adv} supported the {tnoun}.',
  'Prices of {commodity} have risen by {pct} in {city} over the past year, traders said.',
  'The {money} programme, funded partly by {org}, aims to {verb} {num} {tnouns} over {small} years.',
  '{org} puts the figure at {num}, while {org2} estimates it is closer to {num}.',
  'Nearly {pct} of the {tnoun} budget went unspent in {year}, according to an audit by {org}.',
  'The {tnoun} will cost an estimated {money}, {org} said.',
  '{org} says it has documented {num} cases of {crime} in {region} since {monthYear}.',
  'About {num} people live along the {km} road that links {city} to {city2}.',
  'The budget for {tnouns} was cut by {pct} in {year}, to {money}.',
  '{small} of the {num} {tnouns} inspected by {org} {when} failed to meet basic standards.',
];

const QUOTE_FRAMES = [
  '“{quote},” {spk} said.',
  '“{quote},” said {spkE}.',
  '“{quote}. {quote},” {spk} told reporters in {city}.',
  '{spk} said: “{quote}.”',
  '“{quote},” said {anon}.',
  '“{quote},” {spk} said in an interview, adding that the {tnoun} was “{qadj}”.',
  '{spk} acknowledged that the {tnoun} had been {adj}, but insisted that “{qlow}”.',
];

const OPED_FRAMES = [
  'It is hard to overstate how {adj} the {tnoun} has become.',
  'I have spent {small} years covering {tnouns} in {region}, and rarely have I seen {a_adj} {noun} handled so poorly.',
  'The question, then, is whether {org} can {verb} the {tnoun} before it is too late.',
  'What would a serious {tnoun} policy look like?',
  'Consider the numbers.',
  'We should be honest about what this means.',
  'Supporters of the {tnoun} argue that it will {verb} {nouns}; the evidence suggests otherwise.',
  'None of this is inevitable.',
  'The {hy} consensus in {city} holds that {clause}. That consensus is wrong.',
  'If {org} is serious about {tnouns}, it must first {verb} its own {nouns}.',
  'There is, of course, another way.',
  'For ordinary people in {region}, the {tnoun} is not an abstraction.',
  'Why does this matter? Because {clause}.',
  'Policymakers would do well to remember that {clause}.',
  'The lesson from {country} is clear: {clause}.',
  'We have been here before, in {year}, when {clause}.',
  'To be fair, {org} has {verbpp} some {nouns}, and the {adj} {noun} deserves credit.',
];

const CLOSING_FRAMES = [
  '{org} is expected to publish its findings in {monthYear}.',
  'The {tnoun} is due to be debated in parliament next month.',
  'Whether the {doc} holds remains to be seen.',
  'For now, residents of {city} say they are waiting.',
  'Talks are scheduled to resume {when}.',
  '{spk} said the {noun} would be reviewed by {monthYear}.',
  'A final decision on the {tnoun} is not expected before {monthYear}.',
];

const CLAUSES = [
  'the {tnoun} had been {verbpp} {when}',
  '{org} was preparing to {verb} the {tnoun}',
  'as many as {num} {tnouns} could be affected',
  'the government had {adv} {verbpp} its plans for the {tnoun}',
  '{num} {tnouns} were {verbpp} in {place} {when}',
  'the {adj} {noun} could {verb} {nouns} across {region}',
  'officials in {city} had {verbpp} {a_hy} {noun}',
  'the {tnoun} would be {verbpp} until {monthYear}',
  '{org} had been warned about the {tnouns} months earlier',
  'the {doc} between {org} and {org2} was close to collapse',
  'nobody in {city} had been consulted about the {tnoun}',
  'the {hy} {tnoun} would cost far more than the {money} set aside for it',
];

const QUOTES = [
  'we will not allow {tnouns} to {verb} the future of this country',
  'this is {a_adj} moment for {place}',
  'the {tnoun} is not just {a_adj} problem, it is {a_adj} one',
  'our priority is to {verb} the {tnouns} and protect ordinary people',
  'people are tired, they want {nouns}, not promises',
  'we have seen {num} {tnouns} in the last {small} months alone',
  'nobody expected the {tnoun} to collapse so quickly',
  'there is no military solution to this',
  'the numbers speak for themselves',
  'we are doing everything we can, but the resources are simply not there',
  'if the {tnoun} is not {verbpp}, we will see more {tnouns}',
  'this {noun} was {hy}, and everyone knew it',
  'I have lived here for {small} years and I have never seen anything like it',
  'the government has failed us',
  'we need {a_adj} {noun}, and we need it now',
  'it is too early to say what this means for {place}',
  'we were promised {a_adj} {noun} and we got nothing',
  'the {tnouns} are getting worse every week',
  'what happened in {city} should never happen again',
  'we have asked {org} for help {small} times',
];

const QUOTE_ADJECTIVES = ['deeply worrying', 'unacceptable', 'a step in the right direction', 'long overdue', 'catastrophic', 'encouraging', 'politically motivated', 'a wake-up call'];

const TITLE_FRAMES = [
  '{Place} braces for {adj} {tnouns}',
  '{OrgShort} {verb3} {tnoun} plan amid {adj} {noun}',
  '{num} {tnouns} reported in {Place} as {noun} deepens',
  '{Place} {verb3} {hy} {tnoun} after talks stall',
  'the {adj} cost of {tnouns} in {region}',
  'inside {Place}’s {hy} {tnoun}',
  '{OrgShort} under pressure over {tnoun}',
  'what the {tnoun} means for {Place}',
  '{country} and {country2} agree to {verb} {tnoun}',
  '{Place} {tnoun} exposes {adj} {nouns}',
  'the {tnoun} {country} cannot afford to ignore',
  'after the {tnoun}, {city} counts the cost',
];

// ---------------------------------------------------------------------------
// Per-article context: RNG, cast of people/organisations/places, and what has
// already been mentioned (so acronyms are defined once, people introduced once).

interface Person {
  first: string;
  last: string;
  title: string;
  org?: Org;
}

type Slot = (c: Ctx) => string;

function splitNoun(entry: string): [string, string] {
  const [sing, pl] = entry.split('|') as [string, string | undefined];
  return [sing, pl ?? plural(sing)];
}

function verbForms(entry: string): [string, string, string] {
  const [base, past, pp] = entry.split('/') as [string, string, string | undefined];
  return [base, past, pp ?? past];
}

function randomNumber(rng: Rng): number {
  const r = rng.next();
  if (r < 0.6) return rng.int(12, 999);
  if (r < 0.9) return rng.int(1000, 9999);
  return rng.int(10, 250) * 1000 + rng.int(0, 999);
}

function randomPercent(rng: Rng): string {
  return rng.chance(0.3) ? `${rng.int(1, 40)}.${rng.int(1, 9)} percent` : `${rng.int(2, 60)} percent`;
}

function randomMoney(rng: Rng): string {
  const r = rng.next();
  if (r < 0.6) return `$${rng.int(2, 950)} million`;
  if (r < 0.9) return `$${rng.int(1, 12)}.${rng.int(1, 9)} billion`;
  return `${commas(rng.int(5, 900) * 1000)} ${rng.pick(CURRENCIES)}`;
}

function randomWhen(rng: Rng): string {
  const month = rng.pick(MONTHS);
  const year = rng.int(2015, 2026);
  switch (rng.int(0, 7)) {
    case 0:
      return `in ${month} ${year}`;
    case 1:
      return `on ${rng.int(1, 28)} ${month}`;
    case 2:
      return `on ${rng.int(1, 28)} ${month} ${year}`;
    case 3:
      return `last ${month}`;
    case 4:
      return 'earlier this year';
    case 5:
      return `in late ${month}`;
    case 6:
      return `on ${rng.pick(WEEKDAYS)}`;
    default:
      return `in early ${year}`;
  }
}

class Ctx {
  readonly rng: Rng;
  readonly topic: Topic;
  private readonly country: string;
  private readonly country2: string;
  private readonly regions: string[];
  private readonly cities: string[];
  private readonly orgs: Org[];
  private readonly people: Person[];
  /** A few nouns the article keeps returning to, for topical coherence. */
  private readonly focusTopic: string[];
  private readonly focusGeneral: string[];
  private readonly mentionedOrgs = new Set<Org>();
  private readonly mentionedPeople = new Set<Person>();
  private readonly used = new Set<string>();

  constructor(rng: Rng, topic: Topic) {
    this.rng = rng;
    this.topic = topic;
    this.country = rng.pick(COUNTRIES);
    let c2 = rng.pick(COUNTRIES);
    while (c2 === this.country) c2 = rng.pick(COUNTRIES);
    this.country2 = c2;
    this.regions = [rng.pick(REGIONS), rng.pick(REGIONS)];
    this.cities = [rng.pick(CITIES), rng.pick(CITIES), rng.pick(CITIES)];
    this.orgs = [];
    const nOrgs = rng.int(2, 4);
    while (this.orgs.length < nOrgs) {
      const org = topic === 'politics' && this.orgs.length === 0 ? rng.pick(PARTIES) : rng.pick(AGENCIES);
      if (!this.orgs.includes(org)) this.orgs.push(org);
    }
    this.people = [];
    const nPeople = rng.int(2, 5);
    for (let k = 0; k < nPeople; k++) this.people.push(this.makePerson());
    this.focusTopic = Array.from({ length: 6 }, () => rng.pick(TOPIC_NOUNS[topic]));
    this.focusGeneral = Array.from({ length: 6 }, () => rng.pick(GENERAL_NOUNS));
  }

  makePerson(): Person {
    const rng = this.rng;
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    if (rng.chance(0.55)) return { first, last, title: rng.pick(ORG_TITLES), org: rng.pick(this.orgs) };
    return { first, last, title: this.fill(rng.pick(PLAIN_TITLES)) };
  }

  /** Pick a string not yet used in this article (a few tries), so frames and quotes rarely repeat. */
  fresh(items: readonly string[]): string {
    let item = this.rng.pick(items);
    for (let tries = 0; this.used.has(item) && tries < 4; tries++) item = this.rng.pick(items);
    this.used.add(item);
    return item;
  }

  /** Replace every {slot} in a frame. */
  fill(frame: string): string {
    return frame.replace(/\{(\w+)\}/g, (_, name: string) => {
      const slot = SLOTS[name];
      if (!slot) throw new Error(`unknown slot {${name}}`);
      return slot(this);
    });
  }

  /** First mention defines the acronym; later ones use it or a generic noun. */
  orgMention(org: Org): string {
    const the = org.the ? 'the ' : '';
    if (!this.mentionedOrgs.has(org)) {
      this.mentionedOrgs.add(org);
      return `${the}${org.name}${org.acr ? ` (${org.acr})` : ''}`;
    }
    const r = this.rng.next();
    if (org.acr && r < 0.6) return `${the}${org.acr}`;
    if (r < 0.8 && org.the) return `the ${org.kind}`;
    return `${the}${org.name}`;
  }

  /** Full name with role the first time, surname afterwards. `subject` adds the closing comma of the apposition. */
  personMention(p: Person, subject: boolean): string {
    if (this.mentionedPeople.has(p)) return p.last;
    this.mentionedPeople.add(p);
    const role = p.org ? `${p.title} ${this.orgMention(p.org)}` : p.title;
    return `${p.first} ${p.last}, ${role}${subject ? ',' : ''}`;
  }

  /** Bias towards the first cast members, as real articles have a main protagonist. */
  castOrg(): Org {
    return this.rng.chance(0.5) ? (this.orgs[0] as Org) : this.rng.pick(this.orgs);
  }
  castPerson(): Person {
    return this.rng.chance(0.4) ? (this.people[0] as Person) : this.rng.pick(this.people);
  }

  place(): string {
    const r = this.rng.next();
    if (r < 0.25) return this.country;
    if (r < 0.5) return this.rng.pick(this.regions);
    if (r < 0.9) return this.rng.pick(this.cities);
    return this.rng.pick(ALL_PLACES); // occasional unrelated place
  }
  get countryName(): string {
    return this.country;
  }
  get neighbour(): string {
    return this.country2;
  }
  region(): string {
    return this.rng.pick(this.regions);
  }
  city(): string {
    return this.rng.pick(this.cities);
  }

  topicNoun(): [string, string] {
    return splitNoun(this.rng.chance(0.6) ? this.rng.pick(this.focusTopic) : this.rng.pick(TOPIC_NOUNS[this.topic]));
  }
  generalNoun(): [string, string] {
    return splitNoun(this.rng.chance(0.5) ? this.rng.pick(this.focusGeneral) : this.rng.pick(GENERAL_NOUNS));
  }

  title(): string {
    return titleCase(this.fill(this.rng.pick(TITLE_FRAMES)));
  }
}

const SLOTS: Record<string, Slot> = {
  org: (c) => c.orgMention(c.castOrg()),
  org2: (c) => c.orgMention(c.rng.pick(AGENCIES)),
  OrgShort: (c) => {
    const org = c.castOrg();
    return org.acr && c.rng.chance(0.5) ? org.acr : org.name;
  },
  spk: (c) => c.personMention(c.castPerson(), true),
  spkE: (c) => c.personMention(c.castPerson(), false),
  anon: (c) => c.rng.pick(ANON_SOURCES),
  place: (c) => c.place(),
  Place: (c) => c.place(),
  country: (c) => c.countryName,
  country2: (c) => c.neighbour,
  region: (c) => c.region(),
  city: (c) => c.city(),
  city2: (c) => c.rng.pick(CITIES),
  tnoun: (c) => c.topicNoun()[0],
  tnouns: (c) => c.topicNoun()[1],
  noun: (c) => c.generalNoun()[0],
  nouns: (c) => c.generalNoun()[1],
  adj: (c) => c.rng.pick(ADJECTIVES),
  a_adj: (c) => withArticle(c.rng.pick(ADJECTIVES)),
  hy: (c) => c.rng.pick(HYPHENATED),
  a_hy: (c) => withArticle(c.rng.pick(HYPHENATED)),
  verb: (c) => verbForms(c.rng.pick(VERBS))[0],
  verb3: (c) => {
    const base = verbForms(c.rng.pick(VERBS))[0];
    const [head, ...rest] = base.split(' ');
    return [thirdPerson(head ?? base), ...rest].join(' ');
  },
  verbed: (c) => verbForms(c.rng.pick(VERBS))[1],
  verbpp: (c) => verbForms(c.rng.pick(VERBS))[2],
  adv: (c) => c.rng.pick(ADVERBS),
  num: (c) => commas(randomNumber(c.rng)),
  small: (c) => c.rng.pick(SMALL_WORDS),
  pct: (c) => randomPercent(c.rng),
  money: (c) => randomMoney(c.rng),
  km: (c) => `${commas(c.rng.int(40, 3200))}-kilometre`,
  a_km: (c) => withArticle(`${commas(c.rng.int(40, 3200))}-kilometre`),
  doc: (c) => c.rng.pick(DOCUMENTS),
  when: (c) => randomWhen(c.rng),
  monthYear: (c) => `${c.rng.pick(MONTHS)} ${c.rng.int(2015, 2026)}`,
  month: (c) => c.rng.pick(MONTHS),
  year: (c) => String(c.rng.int(2012, 2026)),
  quote: (c) => cap(c.fill(c.fresh(QUOTES))),
  qlow: (c) => c.fill(c.fresh(QUOTES)),
  qadj: (c) => c.rng.pick(QUOTE_ADJECTIVES),
  clause: (c) => c.fill(c.fresh(CLAUSES)),
  press: (c) => (c.rng.chance(0.7) ? `the ${c.city()} ${c.rng.pick(PRESS_ENDS)}` : c.rng.pick(['state television', 'a local radio station', 'the national news agency'])),
  commodity: (c) => c.rng.pick(COMMODITIES),
  resource: (c) => c.rng.pick(RESOURCES),
  crime: (c) => c.rng.pick(CRIMES),
};

/** Optional trailing attributions; only added to sentences without one. */
const TAILS = [
  'according to sources', 'officials said', 'a claim the government denies', 'although details remain unclear',
  'local media reported', 'according to a senior official', 'people familiar with the matter said',
];

function finishSentence(c: Ctx, frame: string, oped: boolean): string {
  let s = cap(c.fill(frame));
  // News prose only, and not on short punchy sentences.
  const attributable = !oped && s.endsWith('.') && !s.endsWith('”.') && countWords(s) > 10 && !/\b(said|told|according)\b/.test(s);
  if (attributable && c.rng.chance(0.1)) {
    s = `${s.slice(0, -1)}, ${c.rng.pick(TAILS)}.`;
  }
  return s;
}

// ---------------------------------------------------------------------------
// Planted stories: a claim with fixed actors, number and date, rendered with
// one of several paraphrases so the same claim recurs in different words.

interface Story {
  id: number;
  kind: number;
  topic: Topic;
  n: string;
  alt?: string;
  /** Second number for claims of the form "n of m". */
  m: string;
  when: string;
  place: string;
  place2: string;
  org: Org;
  person: Person;
  /** Kind-specific filler (cause, crime, project, indicator, commodity). */
  what: string;
}

type Paraphrase = (s: Story, n: string, c: Ctx) => string;

interface StoryKind {
  topic: Topic;
  /** Number for the claim and a plausible conflicting one. */
  number: (rng: Rng) => [string, string];
  /** Date phrase: specific day for events, coarser for statistics. */
  when: (rng: Rng) => string;
  what: readonly string[];
  paraphrases: readonly Paraphrase[];
}

function eventDate(rng: Rng): string {
  return rng.chance(0.5) ? `on ${rng.int(1, 28)} ${rng.pick(MONTHS)} ${rng.int(2016, 2026)}` : `in ${rng.pick(MONTHS)} ${rng.int(2016, 2026)}`;
}
function periodDate(rng: Rng): string {
  const year = rng.int(2016, 2025);
  return rng.pick([`in ${year}`, `in the first half of ${year}`, `in ${rng.pick(MONTHS)} ${year}`, `between January and June ${year}`]);
}
/** Count plus a conflicting count 20–60% higher or lower (e.g. 150 vs 210). */
function countPair(min: number, max: number): (rng: Rng) => [string, string] {
  return (rng) => {
    const n = rng.int(min, max);
    const factor = rng.chance(0.7) ? 1.2 + rng.next() * 0.4 : 0.6 + rng.next() * 0.2;
    let alt = Math.round(n * factor);
    if (alt === n) alt = n + 7;
    return [commas(n), commas(alt)];
  };
}
function percentPair(rng: Rng): [string, string] {
  const tenths = rng.int(25, 320);
  const fmt = (t: number) => (t % 10 === 0 ? String(t / 10) : `${Math.floor(t / 10)}.${t % 10}`);
  return [fmt(tenths), fmt(tenths + rng.int(8, 40))];
}

const STORY_KINDS: readonly StoryKind[] = [
  {
    topic: 'regions',
    number: countPair(120, 24000),
    when: eventDate,
    what: CAUSES,
    paraphrases: [
      (s, n, c) => `${s.what} in ${s.place} displaced ${n} people ${s.when}, according to ${c.orgMention(s.org)}.`,
      (s, n, c) => `According to ${c.orgMention(s.org)}, ${n} people were forced from their homes when ${s.what} hit ${s.place} ${s.when}.`,
      (s, n, c) => `${s.when}, ${s.what} drove ${n} residents of ${s.place} from their homes, ${c.orgMention(s.org)} said.`,
      (s, n, c) => `The ${s.what} that struck ${s.place} ${s.when} left ${n} people displaced, figures from ${c.orgMention(s.org)} show.`,
    ],
  },
  {
    topic: 'security',
    number: countPair(40, 2400),
    when: periodDate,
    what: CRIMES,
    paraphrases: [
      (s, n, c) => `${c.orgMention(s.org)} recorded over ${n} incidents of ${s.what} in ${s.place} ${s.when}.`,
      (s, n, c) => `More than ${n} cases of ${s.what} were reported in ${s.place} ${s.when}, according to ${c.orgMention(s.org)}.`,
      (s, n, c) => `In ${s.place}, incidents of ${s.what} exceeded ${n} ${s.when}, ${c.orgMention(s.org)} said in a report.`,
      (s, n, c) => `Figures published by ${c.orgMention(s.org)} put the number of incidents of ${s.what} in ${s.place} at over ${n} ${s.when}.`,
    ],
  },
  {
    topic: 'economy',
    number: countPair(15, 950),
    when: eventDate,
    what: PROJECTS,
    paraphrases: [
      (s, n, c) => `${c.orgMention(s.org)} approved $${n} million ${s.when} to fund ${s.what} in ${s.place}.`,
      (s, n, c) => `${s.when}, ${c.orgMention(s.org)} signed off on a $${n} million package for ${s.what} in ${s.place}.`,
      (s, n, c) => `A $${n} million allocation for ${s.what} in ${s.place} was approved by ${c.orgMention(s.org)} ${s.when}.`,
      (s, n, c) => `${c.orgMention(s.org)} committed $${n} million to ${s.what} in ${s.place}, a decision taken ${s.when}.`,
    ],
  },
  {
    topic: 'security',
    number: countPair(7, 260),
    when: eventDate,
    what: CRIMES,
    paraphrases: [
      (s, n, c) => `Police in ${s.place} arrested ${n} suspects in connection with ${s.what} ${s.when}, said ${c.personMention(s.person, false)}.`,
      (s, n, c) => `${c.personMention(s.person, true)} said ${n} people had been detained in ${s.place} ${s.when} over ${s.what}.`,
      (s, n, c) => `${s.when}, security forces in ${s.place} detained ${n} people suspected of involvement in ${s.what}, according to ${c.personMention(s.person, false)}.`,
      (s, n, c) => `A total of ${n} suspects were taken into custody in ${s.place} ${s.when} as part of an investigation into ${s.what}, ${c.personMention(s.person, false)} told reporters.`,
    ],
  },
  {
    topic: 'economy',
    number: percentPair,
    when: periodDate,
    what: INDICATORS,
    paraphrases: [
      (s, n, c) => `${s.what} in ${s.place} rose to ${n} percent ${s.when}, according to ${c.orgMention(s.org)}.`,
      (s, n, c) => `${c.orgMention(s.org)} said ${s.what} in ${s.place} reached ${n} percent ${s.when}.`,
      (s, n, c) => `${s.when}, ${s.what} in ${s.place} climbed to ${n} percent, ${c.orgMention(s.org)} reported.`,
      (s, n, c) => `${s.place}’s ${s.what} rate hit ${n} percent ${s.when}, the highest level in years, ${c.orgMention(s.org)} said.`,
    ],
  },
  {
    topic: 'security',
    number: countPair(30, 1400),
    when: eventDate,
    what: ['fence'],
    paraphrases: [
      (s, n, c) => `${c.personMention(s.person, true)} announced ${s.when} that ${s.place} would fence ${n} kilometres of its border with ${s.place2}.`,
      (s, n, c) => `${s.place} plans to build a fence along ${n} kilometres of its frontier with ${s.place2}, ${c.personMention(s.person, false)} said ${s.when}.`,
      (s, n, c) => `${s.when}, ${c.personMention(s.person, true)} unveiled a plan to fortify ${withArticle(`${n}-kilometre`)} stretch of the border between ${s.place} and ${s.place2}.`,
      (s, n, c) => `${cap(withArticle(`${n}-kilometre`))} section of the ${s.place}–${s.place2} border is to be fenced off, under plans announced by ${c.personMention(s.person, false)} ${s.when}.`,
    ],
  },
  {
    topic: 'politics',
    number: countPair(9, 60),
    when: eventDate,
    what: ['seats'],
    paraphrases: [
      (s, n, c) => `${c.orgMention(s.org)} won ${n} of the ${s.m} seats in the ${s.place} regional assembly ${s.when}.`,
      (s, n, c) => `In the ${s.place} regional assembly election held ${s.when}, ${c.orgMention(s.org)} secured ${n} of ${s.m} seats.`,
      (s, n, c) => `${c.orgMention(s.org)} took ${n} seats in the ${s.m}-member ${s.place} regional assembly ${s.when}, official results showed.`,
      (s, n, c) => `With ${n} of ${s.m} seats, ${c.orgMention(s.org)} emerged as the largest force in the ${s.place} regional assembly after the vote ${s.when}.`,
    ],
  },
  {
    topic: 'security',
    number: countPair(5, 320),
    when: eventDate,
    what: ['clashes'],
    paraphrases: [
      (s, n, c) => `At least ${n} people were killed in clashes in ${s.place} ${s.when}, ${c.orgMention(s.org)} said.`,
      (s, n, c) => `Clashes in ${s.place} ${s.when} left at least ${n} people dead, according to ${c.orgMention(s.org)}.`,
      (s, n, c) => `The death toll from the clashes in ${s.place} ${s.when} stood at ${n}, ${c.orgMention(s.org)} said.`,
      (s, n, c) => `${s.when}, at least ${n} people died when fighting broke out in ${s.place}, ${c.orgMention(s.org)} reported.`,
    ],
  },
  {
    topic: 'economy',
    number: percentPair,
    when: periodDate,
    what: COMMODITIES,
    paraphrases: [
      (s, n, c) => `Exports of ${s.what} from ${s.place} fell by ${n} percent ${s.when}, ${c.orgMention(s.org)} said.`,
      (s, n, c) => `${s.place} exported ${n} percent less ${s.what} ${s.when}, according to ${c.orgMention(s.org)}.`,
      (s, n, c) => `${c.orgMention(s.org)} reported ${withArticle(n)} percent drop in ${s.what} exports from ${s.place} ${s.when}.`,
      (s, n, c) => `${s.when}, ${s.what} shipments from ${s.place} declined ${n} percent, data from ${c.orgMention(s.org)} show.`,
    ],
  },
];

/** Kinds whose place is a country (borders, national statistics); others use any place. */
const COUNTRY_KINDS = new Set([4, 5, 8]);

function buildStories(seed: number, articles: number): Story[] {
  const rng = new Rng(mix(seed, 0x5707));
  const count = Math.max(20, Math.floor(articles / 20));
  const offset = rng.int(0, STORY_KINDS.length - 1);
  const stories: Story[] = [];
  for (let id = 0; id < count; id++) {
    // Cycle through kinds so every topic has stories even in small pools.
    const kind = (id + offset) % STORY_KINDS.length;
    const spec = STORY_KINDS[kind] as StoryKind;
    const [n, alt] = spec.number(rng);
    const place = COUNTRY_KINDS.has(kind) ? rng.pick(COUNTRIES) : rng.pick(ALL_PLACES);
    let place2 = rng.pick(COUNTRIES);
    while (place2 === place) place2 = rng.pick(COUNTRIES);
    const org = kind === 6 ? rng.pick(PARTIES) : rng.pick(AGENCIES.filter((o) => o.the));
    const person: Person =
      kind === 3
        ? { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), title: `a police spokesperson in ${place}` }
        : { first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), title: rng.pick(['the interior minister', 'the defence minister', 'the prime minister', 'the head of the border police']) };
    stories.push({
      id,
      kind,
      topic: spec.topic,
      n,
      alt: rng.chance(CONFLICT_STORY_SHARE) ? alt : undefined,
      m: String(rng.int(61, 120)),
      when: spec.when(rng),
      place,
      place2,
      org,
      person,
      what: rng.pick(spec.what),
    });
  }
  return stories;
}

function renderStory(c: Ctx, story: Story): string {
  const spec = STORY_KINDS[story.kind] as StoryKind;
  const n = story.alt !== undefined && c.rng.chance(CONFLICT_USE_RATE) ? story.alt : story.n;
  return cap(c.rng.pick(spec.paraphrases)(story, n, c));
}

/** Pick 1–3 distinct stories, mostly matching the article topic, mildly skewed so some stories are "hotter". */
function chooseStories(rng: Rng, topic: Topic, stories: Story[], byTopic: Map<Topic, Story[]>): Story[] {
  const want = rng.chance(0.5) ? 1 : rng.chance(0.7) ? 2 : 3;
  const chosen: Story[] = [];
  for (let tries = 0; chosen.length < want && tries < 10; tries++) {
    const list = rng.chance(0.7) ? (byTopic.get(topic) ?? stories) : stories;
    const r = rng.next();
    const story = list[Math.floor(list.length * (0.5 * r + 0.5 * r * r))] as Story;
    if (!chosen.includes(story)) chosen.push(story);
  }
  return chosen;
}

// ---------------------------------------------------------------------------
// Article assembly

interface Corpus {
  seed: number;
  stories: Story[];
  byTopic: Map<Topic, Story[]>;
}

function makeCorpus(options: SyntheticCorpusOptions): Corpus {
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const stories = buildStories(seed, options.articles);
  const byTopic = new Map<Topic, Story[]>();
  for (const s of stories) byTopic.set(s.topic, [...(byTopic.get(s.topic) ?? []), s]);
  return { seed, stories, byTopic };
}

function pickFrame(c: Ctx, p: number, last: number, oped: boolean): string {
  const rng = c.rng;
  if (p === 0 && !oped && rng.chance(0.5)) return c.fresh(LEDE_FRAMES);
  if (p === last && rng.chance(0.3)) return c.fresh(CLOSING_FRAMES);
  const r = rng.next();
  if (oped && r < 0.35) return c.fresh(OPED_FRAMES);
  if (r < 0.55) return c.fresh(GENERAL_FRAMES);
  if (r < 0.78) return c.fresh(NUMBER_FRAMES);
  return c.fresh(QUOTE_FRAMES);
}

function buildArticle(corpus: Corpus, index: number): string {
  const rng = new Rng(mix(corpus.seed, index));
  // Exact duplicate of an earlier article: regenerate it instead of storing it.
  if (index > 0 && rng.chance(DUPLICATE_RATE)) return buildArticle(corpus, Math.floor(rng.next() * index));

  const topic = rng.pick(TOPICS);
  const oped = rng.chance(OPED_RATE);
  const repeat = rng.chance(REPEAT_PARAGRAPH_RATE);
  const boilerplate = rng.chance(BOILERPLATE_RATE);
  const nParas = rng.int(5, 12);
  // Leave headroom for the repeated paragraph so the cap still holds.
  const target = repeat ? rng.int(MIN_WORDS + 20, 700) : rng.int(MIN_WORDS + 20, 860);
  const c = new Ctx(rng, topic);

  const title = rng.chance(TITLE_RATE) ? c.title() : undefined;
  let total = title ? countWords(title) : 0;

  // Place stories: the first often in the lede, as news leads with the claim.
  const storyAt = new Map<number, Story[]>();
  chooseStories(rng, topic, corpus.stories, corpus.byTopic).forEach((s, k) => {
    const p = k === 0 && rng.chance(0.6) ? 0 : rng.int(0, nParas - 1);
    storyAt.set(p, [...(storyAt.get(p) ?? []), s]);
  });

  const paras: string[] = [];
  const paraWords: number[] = [];
  for (let p = 0; p < nParas; p++) {
    // Share what is left of the budget, with jitter so paragraph lengths vary.
    const share = (target - total) / (nParas - p);
    const budget = p === nParas - 1 ? target - total : share * (0.5 + rng.next());
    const sents: string[] = [];
    let words = 0;
    for (const story of storyAt.get(p) ?? []) {
      const s = renderStory(c, story);
      sents.push(s);
      words += countWords(s);
    }
    for (let tries = 0; (sents.length === 0 || words < budget) && tries < 8; ) {
      const s = finishSentence(c, pickFrame(c, p, nParas - 1, oped), oped);
      const w = countWords(s);
      if (total + words + w > MAX_WORDS) {
        tries++;
        continue;
      }
      sents.push(s);
      words += w;
    }
    if (sents.length === 0) sents.push('The stakes are high.'), (words += 4); // only if the cap left no room
    if (p === 0 && !oped && rng.chance(0.3)) {
      sents[0] = `${c.city().toUpperCase()} — ${sents[0]}`;
      words += 2;
    }
    paras.push(sents.join(' '));
    paraWords.push(words);
    total += words;
  }

  if (oped && total < MAX_WORDS - 25) {
    // Op-eds often end with an author line.
    const author = c.makePerson();
    const bio = `${author.first} ${author.last} is ${rng.pick(BIO_TITLES)} ${c.orgMention(rng.pick(AGENCIES))}.`;
    paras.push(bio);
    total += countWords(bio);
  }

  if (repeat) {
    // Scraped pages sometimes repeat a paragraph; repeat the shortest so the cap holds.
    let k = 0;
    for (let j = 1; j < paraWords.length; j++) if ((paraWords[j] ?? 0) < (paraWords[k] ?? 0)) k = j;
    const dup = paras[k] as string;
    if (total + countWords(dup) <= MAX_WORDS) paras.splice(rng.chance(0.5) ? k + 1 : paras.length, 0, dup);
  }
  if (boilerplate) paras.push(rng.pick(BOILERPLATE));

  return `${title ? `${title}\n` : ''}${paras.join('\n')}\n`;
}

function articleName(index: number): string {
  return `a${String(index).padStart(6, '0')}.txt`;
}

// ---------------------------------------------------------------------------
// Public API

/** Stream the corpus one article at a time; nothing is retained between yields. */
export function* syntheticArticles(options: SyntheticCorpusOptions): Generator<SyntheticArticle> {
  const corpus = makeCorpus(options);
  for (let i = 0; i < options.articles; i++) yield { name: articleName(i), text: buildArticle(corpus, i) };
}

/** The planted claims for these options (ground truth for claim clustering). */
export function plantedStories(options: SyntheticCorpusOptions): PlantedStory[] {
  const corpus = makeCorpus(options);
  return corpus.stories.map((s) => {
    const spec = STORY_KINDS[s.kind] as StoryKind;
    const c = new Ctx(new Rng(mix(corpus.seed, 0x5000 + s.id)), s.topic);
    const summary = cap((spec.paraphrases[0] as Paraphrase)(s, s.n, c));
    return { id: s.id, number: s.n, ...(s.alt !== undefined ? { altNumber: s.alt } : {}), date: s.when, place: s.place, summary };
  });
}

/** Write the corpus to `dir/<name>` with bounded write concurrency. */
export async function writeSyntheticCorpus(
  dir: string,
  options: SyntheticCorpusOptions,
): Promise<{ files: number; words: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let words = 0;
  let bytes = 0;
  let pending: Promise<void>[] = [];
  for (const { name, text } of syntheticArticles(options)) {
    const data = Buffer.from(text, 'utf8');
    pending.push(writeFile(join(dir, name), data));
    files++;
    words += countWords(text);
    bytes += data.length;
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { files, words, bytes };
}

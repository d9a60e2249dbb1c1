// How names are compared, and the small closed word lists that type them. The lists are
// generic English news vocabulary (titles, organisation and place words), not names.

const DASHES = /[\u002D\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;

// Infix particles of transliterated names: Tehrik-e-Taliban, Tehrik-i-Taliban and
// Tehrik Taliban are one name, as are Ittihad-ul-Mujahideen and Ittihad Mujahideen.
const INFIX_PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'ur', 'us', 'un', 'ut', 'ush', 'as', 'o', 'y']);

/**
 * The matching key of a name: case, accents, dashes, possessives, infix particles and
 * common transliteration doublets (ee/i, oo/u, ae/ai/a: Tehreek/Tehrik, Qaeda/Qaida) folded.
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    // Names repeat a lot; a bounded memo keeps the regular expressions off the hot path.
    if (keyCache.size > 200_000) keyCache.clear();
    key = computeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function computeKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?:['\u2019\u02BC]s|s['\u2019])$/u, (m) => (m.startsWith('s') ? 's' : ''))
    .replace(DASHES, ' ')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words
    .filter((w, i) => !(i > 0 && i < words.length - 1 && INFIX_PARTICLES.has(w)))
    .map(foldSpelling)
    .join(' ');
}

function foldSpelling(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/ee|ii|ie(?=\w)/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/aa|ae|ai/g, 'a')
    .replace(/(\w)\1+/g, '$1');
}

/** Honorifics and offices that precede a person's name and are not part of it. */
export const TITLES = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady sheikh shaikh sheik mullah mulla maulana maulvi mufti imam
  president vice prime minister ministers foreign defence defense interior finance home information deputy acting
  secretary general gen lt col colonel major maj captain capt brigadier commander chief army admiral marshal
  ambassador envoy spokesman spokeswoman spokesperson senator governor mayor chairman chairwoman chair king queen
  prince princess emir judge justice supreme leader pope cardinal bishop rev reverend father senior special
  representative adviser advisor director officer official head founder former late state federal national`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a name an organisation. */
export const ORG_WORDS = new Set(
  `group groups party movement committee council organisation organization front army network taliban tehrik
  lashkar jaish jamaat jamiat ittihad harakat hizb mujahidin ministry agency bank university college school
  forces force corps brigade brigades battalion alliance coalition union association institute institution
  commission court government authority office department company corporation inc ltd llc news times post
  tribune herald gazette press television radio service services federation fund foundation board bureau
  assembly parliament senate congress cabinet police guard guards militia faction wing league club society
  centre center trust programme program secretariat directorate command regime emirate caliphate sanctions
  mission observatory`
    .split(/\s+/)
    .filter(Boolean)
    .map(nameKey),
);

/** Words that make a name a place. */
export const PLACE_WORDS = new Set(
  `province provinces district districts valley city town village region county state territory territories
  mountains mountain hills river sea ocean desert pass strait gulf bay island islands peninsula basin corridor
  line border frontier plateau lake coast airport port square street road camp crossing cantonment tehsil
  division agency`
    .split(/\s+/)
    .filter(Boolean)
    .map(nameKey),
);

/** Lower-case nouns that turn a preceding name into a named event or agreement ("Doha agreement"). */
export const EVENT_NOUNS = new Set(
  `agreement agreements accord accords treaty format process talks summit conference declaration dialogue
  ceasefire truce deal pact protocol initiative charter convention resolution`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that open sentences and headlines but are never names on their own. */
export const NEVER_NAMES = new Set(
  `the a an this that these those it its he she they we you i our their his her my your there here when where
  while what which who whom whose why how if but and or nor so yet for of in on at by to from with without
  as after before since until despite although though because however meanwhile moreover furthermore
  instead rather today yesterday tomorrow now then also only even still just every each all any some many
  most much more less few several both either neither no not none one two three four five six seven eight
  nine ten first second third last next new over under between among during within across against about
  above below into onto upon through throughout toward towards via per unless whether whenever wherever
  will would shall should can could must might cannot let please yes
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case particles inside a name when joined by hyphens: "Tehrik-e-Taliban", "Ittihad-ul-Mujahideen", "al‑Qaida". */
export const NAME_PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'ur', 'us', 'un', 'al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'la', 'le', 'y']);

/** Particles that also join names across a space: "Osama bin Laden", "Ursula von der Leyen". */
export const SPACED_PARTICLES = new Set(['bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'al', 'el']);

/** Lower-case words that may join capitalised words of one name: "Bank of England". */
export const NAME_CONNECTORS = new Set(['of', 'for']);

/** Words after which "of"/"for" continue a name: "Islamic Republic of Pakistan", "Minister for Interior". */
export const CONNECTOR_HEADS = new Set(
  ['republic', 'kingdom', 'emirate', 'people', 'peoples', 'movement', 'federation', 'commonwealth', 'islands', 'united']
    .map(nameKey),
);

/** The key's words that carry meaning (no particles): used to compare a short reference with a full name. */
export function keyWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 1);
}

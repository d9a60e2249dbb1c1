import { City, Country, State } from 'country-state-city';
import { push } from '../group-by';
import { nameKey } from './names';

// Coordinates for places come from country-state-city (GeoNames-derived data shipped in an
// npm package, so nothing is downloaded). A name that fits places in several countries is
// left without coordinates unless the text's other places pick one country.

const DEMONYM_SUFFIXES = ['ians', 'ian', 'ans', 'an', 'ese', 'is', 'i', 'ish', 's'];

export interface PlaceInfo {
  latitude: number;
  longitude: number;
  country: string;
}

interface Candidate extends PlaceInfo {
  level: 'country' | 'state' | 'city';
}

export class PlaceIndex {
  private readonly byKey = new Map<string, Candidate[]>();
  private readonly countryKeys: { key: string; code: string }[] = [];

  private constructor() {}

  private static instance: PlaceIndex | undefined;

  /** Loaded on first use (~150k names, about a tenth of a second). */
  static get(): PlaceIndex {
    if (!PlaceIndex.instance) {
      const index = new PlaceIndex();
      for (const c of Country.getAllCountries()) {
        index.add(c.name, { level: 'country', country: c.isoCode, latitude: +c.latitude, longitude: +c.longitude });
        index.countryKeys.push({ key: nameKey(c.name), code: c.isoCode });
      }
      for (const s of State.getAllStates()) {
        if (s.latitude && s.longitude) index.add(s.name, { level: 'state', country: s.countryCode, latitude: +s.latitude, longitude: +s.longitude });
      }
      for (const c of City.getAllCities()) {
        if (c.latitude && c.longitude) index.add(c.name, { level: 'city', country: c.countryCode, latitude: +c.latitude, longitude: +c.longitude });
      }
      PlaceIndex.instance = index;
    }
    return PlaceIndex.instance;
  }

  private add(name: string, candidate: Candidate): void {
    push(this.byKey, nameKey(name), candidate);
  }

  has(name: string): boolean {
    return this.byKey.has(nameKey(name));
  }

  /** The ISO code when `name` is a country's name. */
  countryCode(name: string): string | null {
    return this.byKey.get(nameKey(name))?.find((c) => c.level === 'country')?.country ?? null;
  }

  /**
   * "Afghan" → AF, "Pakistani" → PK, "Chinese" → CN: a word whose stem begins a country's
   * name is a nationality (a country's own name is not).
   */
  demonymCountry(word: string): string | null {
    const key = nameKey(word);
    if (key.includes(' ') || this.byKey.get(key)?.some((c) => c.level === 'country')) return null;
    const stems = [key, ...DEMONYM_SUFFIXES.filter((x) => key.endsWith(x)).map((x) => key.slice(0, -x.length))].filter(
      (s) => s.length >= 4,
    );
    for (const stem of stems) {
      const hit = this.countryKeys.find((c) => c.key.startsWith(stem) && !c.key.includes(' '));
      if (hit) return hit.code;
    }
    return null;
  }

  /** Coordinates of a place name, or null when unknown or ambiguous. */
  locate(name: string, contextCountries: ReadonlySet<string> = new Set()): PlaceInfo | null {
    const candidates = this.byKey.get(nameKey(name));
    if (!candidates?.length) return null;
    const country = candidates.find((c) => c.level === 'country');
    if (country) return pick(country);
    let countries = [...new Set(candidates.map((c) => c.country))];
    if (countries.length > 1) {
      // A province or region of that name outweighs towns named after it abroad.
      const withState = [...new Set(candidates.filter((c) => c.level === 'state').map((c) => c.country))];
      const inContext = countries.filter((c) => contextCountries.has(c));
      if (withState.length === 1) countries = withState;
      else if (inContext.length === 1) countries = inContext;
      else return null;
    }
    const inCountry = candidates.filter((c) => c.country === countries[0]);
    const cities = inCountry.filter((c) => c.level === 'city');
    const states = inCountry.filter((c) => c.level === 'state');
    if (cities.length === 1) return pick(cities[0]!);
    if (cities.length === 0 && states.length === 1) return pick(states[0]!);
    if (cities.length > 1 && spread(cities) < 0.5) return pick(cities[0]!);
    return null;
  }
}

function pick({ latitude, longitude, country }: Candidate): PlaceInfo {
  return { latitude, longitude, country };
}

/** Largest distance in degrees between candidates: duplicates of one town are close together. */
function spread(list: Candidate[]): number {
  let max = 0;
  for (const a of list) for (const b of list) max = Math.max(max, Math.abs(a.latitude - b.latitude) + Math.abs(a.longitude - b.longitude));
  return max;
}

import { describe, expect, it } from 'vitest';
import { PlaceIndex } from './places';

describe('PlaceIndex', () => {
  const places = PlaceIndex.get();

  it('locates provinces and cities with their country', () => {
    expect(places.locate('Paktika')).toMatchObject({ country: 'AF' });
    expect(places.locate('Lahore')).toMatchObject({ country: 'PK' });
    expect(places.locate('Pakistan')).toMatchObject({ country: 'PK' });
  });

  it('leaves names of places in several countries without coordinates unless context decides', () => {
    expect(places.locate('Hyderabad')).toBeNull();
    expect(places.locate('Hyderabad', new Set(['PK']))).toMatchObject({ country: 'PK' });
    // A province of the name outweighs small towns abroad.
    expect(places.locate('Moscow')).toMatchObject({ country: 'RU' });
  });

  it('recognises nationalities by their country', () => {
    expect(places.demonymCountry('Afghan')).toBe('AF');
    expect(places.demonymCountry('Afghans')).toBe('AF');
    expect(places.demonymCountry('Pakistani')).toBe('PK');
    expect(places.demonymCountry('Chinese')).toBe('CN');
    expect(places.demonymCountry('Indian')).toBe('IN');
    expect(places.demonymCountry('Pakistan')).toBeNull();
    expect(places.demonymCountry('Taliban')).toBeNull();
  });
});

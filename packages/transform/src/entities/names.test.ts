import { describe, expect, it } from 'vitest';
import { nameKey } from './names';

describe('nameKey', () => {
  it('folds the spellings of one name together', () => {
    const ttp = ['Tehrik Taliban Pakistan', 'Tehrik-e Taliban Pakistan', 'Tehreek\u2011e\u2011Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'TEHRIK-I-TALIBAN PAKISTAN'];
    expect(new Set(ttp.map(nameKey)).size).toBe(1);
    expect(nameKey('Al-Qaeda')).toBe(nameKey('al\u2011Qaida'));
    expect(nameKey('Ittihad-ul-Mujahideen Pakistan')).toBe(nameKey('Ittihad Mujahideen Pakistan'));
    expect(nameKey('Kabul’s')).toBe(nameKey('Kabul'));
    expect(nameKey('Mahmoud Café')).toBe(nameKey('Mahmud Cafe'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Tehrik-i-Taliban Pakistan')).not.toBe(nameKey('Taliban'));
    expect(nameKey('Al-Qaeda in the Indian Subcontinent')).not.toBe(nameKey('Al-Qaeda'));
    expect(nameKey('Islamic State')).not.toBe(nameKey('Islamic State Khorasan Province'));
    expect(nameKey('Pakistan')).not.toBe(nameKey('Pakistani'));
  });
});

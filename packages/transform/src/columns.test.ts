import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Column, HexIds } from './columns';

describe('Column', () => {
  it('keeps every value as it grows, and after trim() lets go of the room for growth', () => {
    const c = new Column();
    for (let i = 0; i < 5000; i++) c.push(i * 3);
    expect(c.length).toBe(5000);
    expect(c.data.length).toBeGreaterThan(5000);
    c.trim();
    expect(c.data.length).toBe(5000);
    c.push(-1);
    expect(Array.from(c.data.subarray(0, c.length))).toEqual([...Array.from({ length: 5000 }, (_, i) => i * 3), -1]);
  });
});

describe('HexIds', () => {
  it('gives back 16-hex-digit ids and any other id as they came, trimmed or not', () => {
    const ids = ['0000000000000000', 'ffffffffffffffff', '7fffffff80000001', 'not-hex', '0123456789abcdef'];
    const h = new HexIds();
    for (const id of ids) h.push(id);
    h.trim();
    h.push('fedcba9876543210');
    expect(Array.from({ length: h.length }, (_, i) => h.at(i))).toEqual([...ids, 'fedcba9876543210']);
  });

  it('gives back every digit of hashed ids', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => hash('sha256', String(i), 'hex').slice(0, 16));
    const h = new HexIds();
    for (const id of ids) h.push(id);
    expect(Array.from({ length: h.length }, (_, i) => h.at(i))).toEqual(ids);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from './generated';
import { TABLES, createTableSql, stableId, columnNames } from './index';

describe('table declarations', () => {
  it('generated files are up to date (run `npm run gen` after changing a declaration)', () => {
    for (const { path, content } of generatedFiles()) {
      expect(readFileSync(path, 'utf8'), path).toBe(content);
    }
  });

  it('keys and sort columns name declared columns', () => {
    for (const t of TABLES) {
      const cols = columnNames(t);
      for (const k of [...t.primaryKey, ...t.orderBy]) expect(cols, `${t.name}.${k}`).toContain(k);
      for (const fk of t.foreignKeys) {
        for (const c of fk.columns) expect(cols).toContain(c);
        const target = TABLES.find((x) => x.name === fk.references.table);
        expect(target, fk.references.table).toBeDefined();
        for (const c of fk.references.columns) expect(columnNames(target!)).toContain(c);
      }
    }
  });

  it('DDL marks non-nullable columns NOT NULL', () => {
    const ddl = createTableSql(TABLES[0]);
    expect(ddl).toContain('"source_id" VARCHAR NOT NULL');
    expect(ddl).toContain('"duplicate_of" VARCHAR\n');
  });

  it('stableId is deterministic and separates its parts', () => {
    expect(stableId('a', 'b')).toBe(stableId('a', 'b'));
    expect(stableId('ab', 'c')).not.toBe(stableId('a', 'bc'));
    expect(stableId('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});

import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/**
 * The one way SQL enters the program: a `.sql` file named after what it builds, read from
 * `dir` (a package's sql/ folder as a file URL). Values are bound as parameters ($1, $name).
 */
export function loadSql(dir: URL, name: string): string {
  const url = new URL(`${name}.sql`, dir);
  let sql = cache.get(url.href);
  if (sql === undefined) {
    sql = readFileSync(url, 'utf8');
    cache.set(url.href, sql);
  }
  return sql;
}

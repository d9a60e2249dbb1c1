import { fileURLToPath } from 'node:url';
import { schemaSql } from './ddl';
import { dataDictionary } from './dictionary';

/** Files kept in the repository that are generated from the declarations (checked for drift by a test). */
export function generatedFiles(): { path: string; content: string }[] {
  return [
    { path: fileURLToPath(new URL('../sql/schema.sql', import.meta.url)), content: schemaSql() },
    { path: fileURLToPath(new URL('../../../docs/data-dictionary.md', import.meta.url)), content: dataDictionary() },
  ];
}

// Writes the files derived from the table declarations: sql/schema.sql and docs/data-dictionary.md.
import { writeFileSync } from 'node:fs';
import { generatedFiles } from '../src/generated';

for (const { path, content } of generatedFiles()) {
  writeFileSync(path, content);
  console.error(`wrote ${path}`);
}

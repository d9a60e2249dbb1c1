// A worker thread of the ingest pool: analyses one file per task. Piscina loads a worker as a
// plain module, so TypeScript is switched on here, as bin/corroborate.js does for the main
// thread (a --import flag on the worker is not enough when a dependency is ESM-only).
import { register } from 'tsx/esm/api';

register();
const { analyseFile } = await import('./ingest.ts');

export default analyseFile;

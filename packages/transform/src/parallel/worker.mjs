// A worker thread of the transform pool: runs one batch of per-document work. Piscina loads a
// worker as a plain module, so TypeScript is switched on here, as bin/corroborate.js does for
// the main thread.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./tasks.ts');

export default runTask;

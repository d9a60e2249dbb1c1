export { runIngest, ingestFolder, type IngestOptions, type IngestResult, type IngestSummary } from './ingest';
export { InputError } from './errors';
export { DEFAULT_LIMITS, type Limits } from './read-input';

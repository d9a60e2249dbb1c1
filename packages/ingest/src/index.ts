export { runIngest, runIngestFromShards, ingestFolder, analyseFiles, scanInputs, inShard, type IngestOptions, type IngestResult, type IngestSummary, type CachedFile, type Shard } from './ingest';
export { InputError } from './errors';
export { DEFAULT_LIMITS, type Limits } from './read-input';

export { runIngest, runIngestFromShards, analyseFiles, scanInputs, inShard, type IngestOptions, type IngestSummary, type CachedFile, type Shard } from './ingest';
export { InputError } from './errors';
export { DEFAULT_LIMITS, type Limits } from './read-input';

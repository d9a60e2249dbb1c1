export { runTransform, type TransformOptions, type TransformSummary } from './transform';
export { extractEntities, type SentenceInput } from './entities/resolve';
export { loadGazetteer, indexGazetteer, EMPTY_GAZETTEER, type Gazetteer, type GazetteerEntry } from './entities/gazetteer';
export { nameKey } from './entities/names';

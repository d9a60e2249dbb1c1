import type { Entity, Mention } from '@corroborate/tables';
import { extractClaims, type ClaimSentence, type ClaimTables } from '../claims/extract-claims';
import { loadGazetteer, type Gazetteer } from '../entities/gazetteer';
import { sentenceFindings, type SentenceFindings } from '../entities/resolve';

/** Per-document work of the transform stage, as plain data so that it can cross to a worker thread. */
export type Task =
  | { kind: 'findings'; gazetteer: string; sentences: ClaimSentence[] }
  | { kind: 'claims'; sentences: ClaimSentence[]; mentions: Mention[]; entities: Pick<Entity, 'entity_id' | 'type'>[]; splitClauses: boolean };

export type TaskResult<T extends Task> = T extends { kind: 'findings' } ? SentenceFindings[] : ClaimTables;

const gazetteers = new Map<string, Gazetteer>();

export function runTask<T extends Task>(task: T): TaskResult<T> {
  if (task.kind === 'findings') {
    let gazetteer = gazetteers.get(task.gazetteer);
    if (!gazetteer) gazetteers.set(task.gazetteer, (gazetteer = loadGazetteer(task.gazetteer)));
    return task.sentences.map((s) => sentenceFindings(s, gazetteer)) as TaskResult<T>;
  }
  return extractClaims(task.sentences, task.mentions, task.entities, { splitClauses: task.splitClauses }) as TaskResult<T>;
}

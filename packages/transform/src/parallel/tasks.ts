import type { Entity, Mention } from '@corroborate/tables';
import { extractClaims, type ClaimSentence, type ClaimTables } from '../claims/extract-claims';
import { loadGazetteer, type Gazetteer } from '../entities/gazetteer';
import { sentenceFindings, type SentenceFindings } from '../entities/resolve';
import { packTokens, readPackedTokens, tokenize, unpackTokens, writePackedTokens } from '../tokens';

/** Per-document work of the transform stage, as plain data so that it can cross to a worker thread. */
export type Task =
  | { kind: 'findings'; gazetteer: string; sentences: ClaimSentence[]; tokensFile: string }
  | { kind: 'claims'; sentences: ClaimSentence[]; tokensFile: string; mentions: Mention[]; entities: Pick<Entity, 'entity_id' | 'type'>[]; splitClauses: boolean };

/** A batch's entity findings; its sentences' tokens wait in `tokensFile` for the claims pass. */
export interface Findings {
  findings: SentenceFindings[];
}

const gazetteers = new Map<string, Gazetteer>();

/** A 'findings' task gives Findings, a 'claims' task ClaimTables. */
export function runTask(task: Task): Findings | ClaimTables {
  if (task.kind === 'findings') {
    let gazetteer = gazetteers.get(task.gazetteer);
    if (!gazetteer) gazetteers.set(task.gazetteer, (gazetteer = loadGazetteer(task.gazetteer)));
    const tokens = task.sentences.map((s) => tokenize(s.text));
    const findings = task.sentences.map((s, i) => sentenceFindings(s, gazetteer, tokens[i]));
    writePackedTokens(task.tokensFile, packTokens(tokens));
    return { findings };
  }
  const tokens = unpackTokens(readPackedTokens(task.tokensFile), task.sentences.map((s) => s.text));
  return extractClaims(task.sentences, task.mentions, task.entities, { splitClauses: task.splitClauses, tokens });
}

import { readFileSync, writeFileSync } from 'node:fs';
import type { Entity } from '@corroborate/tables';
import { extractClaims, type ClaimSentence, type ClaimTables, type MentionSpan } from '../claims/extract-claims';
import { gazetteerRefsOf } from '../entities/found';
import { loadGazetteer, type Gazetteer } from '../entities/gazetteer';
import { sentenceFindings, type SentenceFindings } from '../entities/resolve';
import { copyKey } from '../xref/independence';
import { packTokens, readPackedTokens, tokenize, unpackTokens, writePackedTokens } from '../tokens';

/**
 * Per-document work of the transform stage, as plain data so that it can cross to a worker
 * thread. The entity pass leaves each batch's sentences and their tokens in files named from
 * `spill`, where the claims pass takes them up: the sentences are neither read from the
 * warehouse nor tagged twice.
 */
export type Task =
  | { kind: 'findings'; gazetteer: string; sentences: ClaimSentence[]; spill: string }
  | { kind: 'claims'; spill: string; mentions: MentionSpan[]; entities: Pick<Entity, 'entity_id' | 'type'>[]; splitClauses: boolean };

/**
 * A batch's entity findings.
 * Candidates cross threads without their gazetteer entry (a copy per candidate would cost
 * more than the rest of the findings): `gazetteerRefs` holds each one's index in the
 * gazetteer's entries (−1 for none), in order, as Found keeps them.
 */
export interface Findings {
  findings: SentenceFindings[];
  gazetteerRefs: Int32Array;
  /** Each sentence's copyKey(), for finding sources that copy one another. */
  copyKeys: Float64Array;
}

const gazetteers = new Map<string, Gazetteer>();

/** A 'findings' task gives Findings, a 'claims' task ClaimTables. */
export function runTask(task: Task): Findings | ClaimTables {
  if (task.kind === 'findings') {
    let gazetteer = gazetteers.get(task.gazetteer);
    if (!gazetteer) gazetteers.set(task.gazetteer, (gazetteer = loadGazetteer(task.gazetteer)));
    const tokens = task.sentences.map((s) => tokenize(s.text));
    const findings = task.sentences.map((s, i) => sentenceFindings(s, gazetteer, tokens[i]));
    writePackedTokens(`${task.spill}.tokens`, packTokens(tokens));
    writeFileSync(`${task.spill}.sentences.json`, JSON.stringify(task.sentences));
    const gazetteerRefs = gazetteerRefsOf(findings, gazetteer);
    for (const f of findings) for (const c of f.candidates) c.gazetteer = null;
    return { findings, gazetteerRefs, copyKeys: Float64Array.from(task.sentences, (s) => copyKey(s.text)) };
  }
  const sentences = JSON.parse(readFileSync(`${task.spill}.sentences.json`, 'utf8')) as ClaimSentence[];
  const tokens = unpackTokens(readPackedTokens(`${task.spill}.tokens`), sentences.map((s) => s.text));
  return extractClaims(sentences, task.mentions, task.entities, { splitClauses: task.splitClauses, tokens });
}

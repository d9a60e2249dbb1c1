import type { Entity, Mention } from '@corroborate/tables';
import { extractClaims, type ClaimSentence, type ClaimTables } from '../claims/extract-claims';
import { loadGazetteer, type Gazetteer, type GazetteerEntry } from '../entities/gazetteer';
import { sentenceFindings, type SentenceFindings } from '../entities/resolve';
import { copyKey } from '../xref/independence';
import { packTokens, readPackedTokens, tokenize, unpackTokens, writePackedTokens } from '../tokens';

/** Per-document work of the transform stage, as plain data so that it can cross to a worker thread. */
export type Task =
  | { kind: 'findings'; gazetteer: string; sentences: ClaimSentence[]; tokensFile: string }
  | { kind: 'claims'; sentences: ClaimSentence[]; tokensFile: string; mentions: Mention[]; entities: Pick<Entity, 'entity_id' | 'type'>[]; splitClauses: boolean };

/**
 * A batch's entity findings; its sentences' tokens wait in `tokensFile` for the claims pass.
 * Candidates cross threads without their gazetteer entry (a copy per candidate would cost
 * more than the rest of the findings): `gazetteerRefs` holds each one's index in the
 * gazetteer's entries (−1 for none), in order, and restoreGazetteerEntries() puts them back.
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
    writePackedTokens(task.tokensFile, packTokens(tokens));
    return { findings, gazetteerRefs: detachGazetteerEntries(findings, gazetteer), copyKeys: Float64Array.from(task.sentences, (s) => copyKey(s.text)) };
  }
  const tokens = unpackTokens(readPackedTokens(task.tokensFile), task.sentences.map((s) => s.text));
  return extractClaims(task.sentences, task.mentions, task.entities, { splitClauses: task.splitClauses, tokens });
}

const entryIndexes = new WeakMap<Gazetteer, Map<GazetteerEntry, number>>();

function detachGazetteerEntries(findings: SentenceFindings[], gazetteer: Gazetteer): Int32Array {
  let index = entryIndexes.get(gazetteer);
  if (!index) entryIndexes.set(gazetteer, (index = new Map(gazetteer.entries.map((e, i) => [e, i]))));
  const refs: number[] = [];
  for (const f of findings) {
    for (const c of f.candidates) {
      const i = c.gazetteer ? index.get(c.gazetteer) : -1;
      if (i === undefined) throw new Error(`gazetteer entry "${c.gazetteer!.name}" is not one of the gazetteer's entries`);
      refs.push(i);
      c.gazetteer = null;
    }
  }
  return Int32Array.from(refs);
}

/** Gives candidates back the gazetteer entries detached when they crossed threads. */
export function restoreGazetteerEntries({ findings, gazetteerRefs }: Findings, gazetteer: Gazetteer): SentenceFindings[] {
  let k = 0;
  for (const f of findings) for (const c of f.candidates) c.gazetteer = gazetteer.entries[gazetteerRefs[k++]!] ?? null;
  if (k !== gazetteerRefs.length) throw new Error(`restoreGazetteerEntries: ${gazetteerRefs.length} references for ${k} candidates`);
  return findings;
}

// Findings arrive from a worker with a copy of every string; the entity pass holds those of
// the whole corpus at once. Names, keys, types and tags recur across sources, so each is kept
// once (in `seen`, which the caller drops after the pass), and sentences where nothing was
// found share one empty finding.
const NOTHING_FOUND: SentenceFindings = { candidates: [], acronyms: [] };

/** A batch's findings as the entity pass keeps them: recurring strings once, empty findings shared. */
export function compactFindings(batch: Findings, seen: Map<string, string>): Findings {
  const once = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const known = seen.get(s);
    if (known !== undefined) return known as T;
    seen.set(s, s);
    return s;
  };
  const findings = batch.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.candidates.length === 0 && f.acronyms.length === 0) {
      findings[i] = NOTHING_FOUND;
      continue;
    }
    for (const c of f.candidates) {
      c.text = once(c.text);
      c.key = once(c.key);
      c.type = once(c.type);
      c.pos = once(c.pos);
    }
    for (const pair of f.acronyms) {
      pair[0] = once(pair[0]);
      pair[1] = once(pair[1]);
    }
  }
  return batch;
}

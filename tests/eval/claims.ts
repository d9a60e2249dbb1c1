import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readParquet, ROOT } from '../helpers';

interface GoldClaim {
  clause: string;
  type: string;
  polarity: string;
  modality: string;
  speaker: string | null;
  cue: string | null;
}
interface GoldNumber {
  text: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
  counted: string | null;
}
interface GoldTime {
  text: string;
  start: string | null;
  end: string | null;
}
interface GoldSentence {
  file: string;
  sentence: string;
  claims: GoldClaim[];
  numbers: GoldNumber[];
  times: GoldTime[];
}

interface ClaimRow {
  claim_id: string;
  source_id: string;
  sentence_id: string;
  text: string;
  claim_type: string;
  polarity: string;
  modality: string;
  attributed_to: string | null;
  attribution_cue: string | null;
  time_text: string | null;
  time_start: string | null;
  time_end: string | null;
}

export interface FieldScore {
  correct: number;
  total: number;
}

export interface ClaimScores {
  detection: { precision: number; recall: number; matched: number; predicted: number; gold: number };
  fields: Record<'type' | 'polarity' | 'modality' | 'speaker' | 'cue', FieldScore>;
  /** Speakers of reported gold claims found, per file prefix. */
  speakers: Record<string, FieldScore>;
  numbers: Record<'found' | 'value' | 'unit' | 'qualifier' | 'counted', FieldScore>;
  times: Record<'found' | 'range', FieldScore>;
  confusions: string[];
  numberErrors: string[];
}

export const GOLD_CLAIMS = join(ROOT, 'tests', 'gold', 'claims.json');

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** Character overlap of two spans given as texts inside one sentence. */
function overlap(sentence: string, a: string, b: string): number {
  const sa = sentence.indexOf(a);
  const sb = sentence.indexOf(b);
  if (sa < 0 || sb < 0) return 0;
  return Math.max(0, Math.min(sa + a.length, sb + b.length) - Math.max(sa, sb));
}

export async function scoreClaims(out: string, goldPath = GOLD_CLAIMS): Promise<ClaimScores> {
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { sentences: GoldSentence[] }).sentences;
  const sources = await readParquet<{ source_id: string; file: string }>(out, 'sources');
  const sentences = await readParquet<{ sentence_id: string; text: string }>(out, 'sentences');
  // Embedded propositions are extra claims inside a clause; the gold lists clauses only.
  const claims = (await readParquet<ClaimRow & { parent_claim_id: string | null }>(out, 'claims')).filter((c) => !c.parent_claim_id);
  const quantities = await readParquet<{ claim_id: string; text: string; value: number; unit: string | null; qualifier: string | null; counted: string | null }>(out, 'quantities');
  const entities = new Map((await readParquet<{ entity_id: string; name: string; aliases: string[] }>(out, 'entities')).map((e) => [e.entity_id, e]));
  const fileOf = new Map(sources.map((s) => [s.source_id, s.file]));
  const sentenceText = new Map(sentences.map((s) => [s.sentence_id, s.text]));

  const score = (): FieldScore => ({ correct: 0, total: 0 });
  const fields = { type: score(), polarity: score(), modality: score(), speaker: score(), cue: score() };
  const speakers: Record<string, FieldScore> = {};
  const numbers = { found: score(), value: score(), unit: score(), qualifier: score(), counted: score() };
  const times = { found: score(), range: score() };
  const confusions: string[] = [];
  const numberErrors: string[] = [];
  let matched = 0;
  let goldClaims = 0;
  const usedPredictions = new Set<string>();

  for (const g of gold) {
    // Predicted claims of the same sentence (or of text inside it, if segmentation differs).
    const predicted = claims.filter((c) => fileOf.get(c.source_id) === g.file && (sentenceText.get(c.sentence_id) === g.sentence || g.sentence.includes(c.text)));
    for (const gc of g.claims) {
      goldClaims++;
      let best: ClaimRow | undefined;
      let bestOverlap = 0;
      for (const p of predicted) {
        const o = overlap(g.sentence, gc.clause, p.text);
        if (o > bestOverlap) [best, bestOverlap] = [p, o];
      }
      if (!best || bestOverlap < 0.5 * Math.min(gc.clause.length, best.text.length)) continue;
      matched++;
      usedPredictions.add(best.claim_id);
      const check = (field: keyof typeof fields, ok: boolean, detail: string) => {
        fields[field].total++;
        if (ok) fields[field].correct++;
        else if (confusions.length < 400) confusions.push(`${g.file.slice(0, 3)} ${field}: ${detail} | ${gc.clause.slice(0, 70)}`);
      };
      check('type', best.claim_type === gc.type, `${gc.type} → ${best.claim_type}`);
      check('polarity', best.polarity === gc.polarity, `${gc.polarity} → ${best.polarity}`);
      check('modality', best.modality === gc.modality, `${gc.modality} → ${best.modality}`);
      const speaker = best.attributed_to && entities.has(best.attributed_to) ? entities.get(best.attributed_to)! : null;
      const speakerOk = speaker
        ? [speaker.name, ...speaker.aliases].some((n) => norm(n) === norm(gc.speaker).replace(/^the /, ''))
        : norm(best.attributed_to) === norm(gc.speaker);
      if (gc.speaker || best.attributed_to) check('speaker', speakerOk, `${gc.speaker} → ${speaker?.name ?? best.attributed_to}`);
      if (gc.cue || best.attribution_cue) check('cue', norm(gc.cue) === norm(best.attribution_cue), `${gc.cue} → ${best.attribution_cue}`);
      if (gc.speaker) {
        const file = g.file.slice(0, 3);
        speakers[file] ??= score();
        speakers[file].total++;
        if (speakerOk) speakers[file].correct++;
      }
    }
    const sentenceClaims = new Set(predicted.map((c) => c.claim_id));
    const found = quantities.filter((q) => sentenceClaims.has(q.claim_id));
    for (const n of g.numbers) {
      numbers.found.total++;
      const q = found.find((x) => overlap(g.sentence, x.text, n.text) > 0);
      if (!q) {
        numberErrors.push(`${g.file.slice(0, 3)} missed "${n.text}"`);
        continue;
      }
      numbers.found.correct++;
      const field = (name: 'value' | 'unit' | 'qualifier' | 'counted', ok: boolean, got: unknown, want: unknown) => {
        numbers[name].total++;
        if (ok) numbers[name].correct++;
        else numberErrors.push(`${g.file.slice(0, 3)} "${n.text}" ${name}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
      };
      field('value', q.value === n.value, q.value, n.value);
      field('unit', norm(q.unit) === norm(n.unit), q.unit, n.unit);
      field('qualifier', norm(q.qualifier) === norm(n.qualifier), q.qualifier, n.qualifier);
      field('counted', norm(q.counted) === norm(n.counted) || (!!q.counted && norm(n.counted).endsWith(norm(q.counted))), q.counted, n.counted);
    }
    for (const t of g.times) {
      times.found.total++;
      const p = predicted.find((c) => c.time_text && overlap(g.sentence, c.time_text, t.text) > 0);
      if (!p) continue;
      times.found.correct++;
      times.range.total++;
      if ((p.time_start ?? null) === t.start && (p.time_end ?? null) === t.end) times.range.correct++;
    }
  }
  const predictedInGold = claims.filter((c) => gold.some((g) => fileOf.get(c.source_id) === g.file && sentenceText.get(c.sentence_id) === g.sentence)).length;
  return {
    detection: { precision: predictedInGold ? usedPredictions.size / predictedInGold : 0, recall: goldClaims ? matched / goldClaims : 0, matched, predicted: predictedInGold, gold: goldClaims },
    fields,
    speakers,
    numbers,
    times,
    confusions,
    numberErrors,
  };
}
